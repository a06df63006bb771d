using MashSim.Kernel;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Resources;
using MashSim.Model.Recording;

namespace MashSim.Model.Tests;

public class StaffUtilisationTests
{
    private static readonly DateTime Monday = new(2017, 11, 6);

    /// <summary>Holds each worker granted for a fixed number of working minutes.</summary>
    private sealed class FixedWork(Simulation simulation, double minutes) : IStaffPoolClient, IEventHandler
    {
        public void OnGranted(StaffPool pool, object subject, SimDuration waited) => simulation.ScheduleAt(pool.CompletionAfter(minutes), this, 0, pool);
        public void Handle(int tag, object? subject) => ((StaffPool)subject!).Release();
    }

    private sealed class RequestAt(StaffPool pool, IStaffPoolClient client) : IEventHandler
    {
        public void Handle(int tag, object? subject) => pool.Request(client, "work", 0);
    }

    /// <summary>Two workers keeping office hours from Monday; one piece of work of four hours asked for at 09:00.</summary>
    private static (Simulation Sim, StaffPool Pool, StaffUtilisation Utilisation) OneJobOnMonday()
    {
        var sim = new Simulation();
        var utilisation = new StaffUtilisation();
        var pool = new StaffPool(sim, "MASH", 2, new WorkingCalendar(Monday, WorkingHours.OfficeNineToFive), utilisation);
        sim.ScheduleAt(new SimTime(9 * 60), new RequestAt(pool, new FixedWork(sim, 240)), 0, null);
        return (sim, pool, utilisation);
    }

    [Fact]
    public void Utilisation_counts_only_open_time()
    {
        var (sim, pool, utilisation) = OneJobOnMonday();
        sim.RunUntil(new SimTime(24 * 60));
        // One of two workers busy for 4 of the 8 open hours on Monday.
        Assert.Equal(0.25, utilisation.Until(pool, sim.Now), 9);
    }

    [Fact]
    public void A_reset_starts_a_new_window()
    {
        var (sim, pool, utilisation) = OneJobOnMonday();
        sim.RunUntil(new SimTime(11 * 60));
        utilisation.Reset(pool, sim.Now);
        sim.RunUntil(new SimTime(24 * 60));
        // From 11:00: one of two busy for 2 of the 6 open hours left.
        Assert.Equal(2.0 / 12, utilisation.Until(pool, sim.Now), 9);
    }
}
