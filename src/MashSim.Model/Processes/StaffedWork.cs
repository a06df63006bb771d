using MashSim.Kernel;
using MashSim.Kernel.Resources;

namespace MashSim.Model.Processes;

/// <summary>A piece of work done by one worker of a <see cref="StaffPool"/>: wait for a worker, work the minutes (pausing while the team is closed), release, then report.</summary>
internal sealed class StaffedWork(Simulation simulation, StaffPool pool) : IStaffPoolClient, IEventHandler
{
    public StaffPool Pool => pool;

    /// <summary>Asks for a worker for <paramref name="minutes"/> of work; <paramref name="done"/> hears when the work is finished.</summary>
    public void Request(double minutes, int priority, Action<SimTime> done) => pool.Request(this, new Job(minutes, done), priority);

    void IStaffPoolClient.OnGranted(StaffPool granted, object subject, SimDuration waited) =>
        simulation.ScheduleAt(pool.CompletionAfter(((Job)subject).Minutes), this, 0, subject);

    void IEventHandler.Handle(int tag, object? subject)
    {
        pool.Release();
        ((Job)subject!).Done(simulation.Now);
    }

    private sealed record Job(double Minutes, Action<SimTime> Done);
}
