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

    /// <summary>Writes down every hook with the pool's state as the hook saw it (before the change).</summary>
    private sealed class HookLog : IStaffPoolObserver
    {
        public List<(string Hook, double At, int Busy, bool Open, int Waiting)> Entries { get; } = [];
        public List<(double Waited, int Priority)> Grants { get; } = [];

        public void OnQueued(StaffPool pool, SimTime now) => Add("queued", pool, now);
        public void OnReleasing(StaffPool pool, SimTime now) => Add("releasing", pool, now);
        public void OnCapacityChanging(StaffPool pool, SimTime now) => Add(pool.IsOpen ? "closing" : "opening", pool, now);

        public void OnGranting(StaffPool pool, SimTime now, SimDuration waited, int priority)
        {
            Add("granting", pool, now);
            Grants.Add((waited.Minutes, priority));
        }

        private void Add(string hook, StaffPool pool, SimTime now) => Entries.Add((hook, now.Minutes, pool.Busy, pool.IsOpen, pool.Waiting));
    }

    [Fact]
    public void Every_change_is_announced_before_it_happens_so_time_averages_can_be_kept_outside_the_kernel()
    {
        var sim = new Simulation();
        var hooks = new HookLog();
        var pool = new StaffPool(sim, "MASH", 2, new WorkingCalendar(Monday, WorkingHours.OfficeNineToFive), hooks);
        var work = new FixedWork(sim, 240);
        sim.ScheduleAt(new SimTime(9 * 60), new RequestAt(pool, work, "a"), 0, null);
        sim.RunUntil(new SimTime(24 * 60));
        // Opening at 09:00 (still shut as it is announced), the grant at 09:00 (none busy yet), the release at 13:00 (one busy), closing at 17:00.
        Assert.Equal(
        [
            ("opening", 9 * 60.0, 0, false, 0), ("granting", 9 * 60.0, 0, true, 0),
            ("releasing", 13 * 60.0, 1, true, 0), ("closing", 17 * 60.0, 0, true, 0),
        ], hooks.Entries);
    }

    [Fact]
    public void Each_grant_is_told_how_long_the_request_waited_and_at_what_priority()
    {
        var sim = new Simulation();
        var hooks = new HookLog();
        var pool = new StaffPool(sim, "workers", 1, new WorkingCalendar(Monday, WorkingHours.AlwaysOpen), hooks);
        var work = new FixedWork(sim, 10);
        pool.Request(work, "a", 0);
        pool.Request(work, "b", 1);
        pool.Request(work, "c", 2);
        sim.Run();
        Assert.Equal([(0.0, 0), (10.0, 1), (20.0, 2)], hooks.Grants);
        // The first is granted at once; two queue behind it; each later grant is announced once its request has left the queue.
        Assert.Equal(
        [
            ("granting", 0.0, 0, true, 0), ("queued", 0.0, 1, true, 1), ("queued", 0.0, 1, true, 2),
            ("releasing", 10.0, 1, true, 2), ("granting", 10.0, 0, true, 1),
            ("releasing", 20.0, 1, true, 1), ("granting", 20.0, 0, true, 0),
            ("releasing", 30.0, 1, true, 0),
        ], hooks.Entries);
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
