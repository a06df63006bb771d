namespace MashSim.Kernel.Resources;

/// <summary>Whoever asked a <see cref="StaffPool"/> for a worker, told when one is assigned.</summary>
/// <remarks>
/// The grant may come synchronously from <see cref="StaffPool.Request"/> or later from another subject's
/// release, so an implementation should only schedule (never fire a shared state machine) here.
/// </remarks>
public interface IStaffPoolClient
{
    void OnGranted(StaffPool pool, object subject, SimDuration waited);
}
