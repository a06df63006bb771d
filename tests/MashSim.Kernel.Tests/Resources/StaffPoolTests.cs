using MashSim.Kernel.Calendar;
using MashSim.Kernel.Resources;

namespace MashSim.Kernel.Tests.Resources;

public class StaffPoolTests
{
    private static readonly DateTime Monday = new(2017, 11, 6);

    /// <summary>Records the order of grants and holds each worker for a fixed number of working minutes.</summary>
    private sealed class FixedWork(Simulation simulation, double minutes) : IStaffPoolClient, IEventHandler
    {
        public List<(string Name, double Granted, double Finished)> Done { get; } = [];
        private readonly Dictionary<string, double> _granted = [];

        public void OnGranted(StaffPool pool, object subject, SimDuration waited)
        {
            _granted[(string)subject] = simulation.Now.Minutes;
            simulation.ScheduleAt(pool.CompletionAfter(minutes), this, 0, (pool, subject));
        }

        public void Handle(int tag, object? subject)
        {
            var (pool, name) = ((StaffPool, object))subject!;
            pool.Release();
            Done.Add(((string)name, _granted[(string)name], simulation.Now.Minutes));
        }
    }

    [Fact]
    public void Red_is_served_before_amber_before_green_and_first_come_first_served_within_a_rating()
    {
        var sim = new Simulation();
        var pool = new StaffPool(sim, "workers", 1, new WorkingCalendar(Monday, WorkingHours.AlwaysOpen));
        var work = new FixedWork(sim, 10);
        pool.Request(work, "busy", 2);
        pool.Request(work, "green1", 2);
        pool.Request(work, "amber1", 1);
        pool.Request(work, "green2", 2);
        pool.Request(work, "red1", 0);
        pool.Request(work, "amber2", 1);
        pool.Request(work, "red2", 0);
        sim.Run();
        Assert.Equal(["busy", "red1", "red2", "amber1", "amber2", "green1", "green2"], work.Done.Select(d => d.Name));
        Assert.Equal([10.0, 20, 30, 40, 50, 60, 70], work.Done.Select(d => d.Finished));
    }

    [Fact]
    public void No_more_workers_are_busy_than_the_capacity()
    {
        var sim = new Simulation();
        var pool = new StaffPool(sim, "workers", 3, new WorkingCalendar(Monday, WorkingHours.AlwaysOpen));
        var work = new FixedWork(sim, 60);
        for (int i = 0; i < 7; i++) pool.Request(work, $"c{i}", 0);
        Assert.Equal(3, pool.Busy);
        Assert.Equal(4, pool.Waiting);
        sim.Run();
        Assert.Equal([60.0, 60, 60, 120, 120, 120, 180], work.Done.Select(d => d.Finished));
    }

    [Fact]
    public void Work_stops_outside_office_hours_and_resumes_at_the_next_opening()
    {
        var sim = new Simulation();
        var pool = new StaffPool(sim, "MASH", 1, new WorkingCalendar(Monday, WorkingHours.OfficeNineToFive));
        var work = new FixedWork(sim, 120);
        var log = new EventLog(sim);
        // Friday 16:00: one hour of work today, one hour on Monday morning.
        sim.ScheduleAt(new SimTime(new TimeSpan(4, 16, 0, 0).TotalMinutes), new RequestAt(pool, work, "friday"), 0, null);
        // Saturday 10:00: the office is shut, so this waits for Monday 09:00 and the worker finishing "friday".
        sim.ScheduleAt(new SimTime(new TimeSpan(5, 10, 0, 0).TotalMinutes), new RequestAt(pool, work, "saturday"), 0, null);
        sim.RunUntil(new SimTime(TimeSpan.FromDays(14).TotalMinutes));
        double mondayNine = new TimeSpan(7, 9, 0, 0).TotalMinutes;
        Assert.Equal(("friday", new TimeSpan(4, 16, 0, 0).TotalMinutes, mondayNine + 60), work.Done[0]);
        Assert.Equal(("saturday", mondayNine + 60, mondayNine + 180), work.Done[1]);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public void Utilisation_counts_only_open_time()
    {
        var sim = new Simulation();
        var pool = new StaffPool(sim, "MASH", 2, new WorkingCalendar(Monday, WorkingHours.OfficeNineToFive));
        var work = new FixedWork(sim, 240);
        sim.ScheduleAt(new SimTime(9 * 60), new RequestAt(pool, work, "a"), 0, null);
        sim.RunUntil(new SimTime(24 * 60));
        // One of two workers busy for 4 of the 8 open hours on Monday.
        Assert.Equal(0.25, pool.Statistics.UtilisationUntil(sim.Now), 9);
    }

    [Fact]
    public void Waiting_times_and_the_time_weighted_queue_are_recorded()
    {
        var sim = new Simulation();
        var pool = new StaffPool(sim, "workers", 1, new WorkingCalendar(Monday, WorkingHours.AlwaysOpen));
        var work = new FixedWork(sim, 10);
        pool.Request(work, "a", 0);
        pool.Request(work, "b", 0);
        pool.Request(work, "c", 0);
        sim.Run();
        Assert.Equal(3, pool.Statistics.WaitMinutes.Count);
        Assert.Equal((0 + 10 + 20) / 3.0, pool.Statistics.WaitMinutes.Mean, 9);
        // Queue: 2 waiting for 10 minutes, 1 for 10 minutes, then none for 10: mean over 30 minutes = 1.
        Assert.Equal(1.0, pool.Statistics.QueueLength.MeanUntil(sim.Now), 9);
        Assert.Equal(2, pool.Statistics.QueueLength.Maximum);
    }

    [Fact]
    public void Releasing_an_idle_pool_is_an_error()
    {
        var sim = new Simulation();
        var pool = new StaffPool(sim, "workers", 1, new WorkingCalendar(Monday, WorkingHours.AlwaysOpen));
        Assert.Throws<InvalidOperationException>(pool.Release);
    }

    private sealed class RequestAt(StaffPool pool, IStaffPoolClient client, string name) : IEventHandler
    {
        public void Handle(int tag, object? subject) => pool.Request(client, name, 0);
    }
}
