namespace MashSim.Kernel.Resources;

/// <summary>Hears what a <see cref="StaffPool"/> does, just before it changes, so a recorder outside the kernel can keep its statistics.</summary>
/// <remarks>
/// Each hook runs before the change it announces: the pool's <see cref="StaffPool.Busy"/> and <see cref="StaffPool.IsOpen"/>
/// still hold the values they have had since the previous hook, which is what a time-weighted average needs.
/// </remarks>
public interface IStaffPoolObserver
{
    /// <summary>A request joins the queue (every worker busy, the team closed, or others waiting first).</summary>
    void OnQueued(StaffPool pool, SimTime now);

    /// <summary>A worker is about to be granted to a request that waited <paramref name="waited"/> at <paramref name="priority"/>.</summary>
    void OnGranting(StaffPool pool, SimTime now, SimDuration waited, int priority);

    /// <summary>A worker is about to be released.</summary>
    void OnReleasing(StaffPool pool, SimTime now);

    /// <summary>The team is about to open or close: the workers available change.</summary>
    void OnCapacityChanging(StaffPool pool, SimTime now);
}
