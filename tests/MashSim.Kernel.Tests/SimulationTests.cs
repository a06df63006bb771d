namespace MashSim.Kernel.Tests;

public class SimulationTests
{
    [Fact]
    public void Events_run_in_time_order()
    {
        var sim = new Simulation();
        var log = new EventLog(sim);
        sim.Schedule(new SimDuration(30), log, subject: "c");
        sim.Schedule(new SimDuration(10), log, subject: "a");
        sim.Schedule(new SimDuration(20), log, subject: "b");
        sim.Run();
        Assert.Equal([("a", 10.0), ("b", 20.0), ("c", 30.0)], log.Entries);
    }

    [Fact]
    public void Events_at_the_same_time_run_in_the_order_they_were_scheduled()
    {
        var sim = new Simulation();
        var log = new EventLog(sim);
        var names = Enumerable.Range(0, 1000).Select(i => $"e{i}").ToArray();
        foreach (var name in names) sim.Schedule(new SimDuration(5), log, subject: name);
        sim.Run();
        Assert.Equal(names, log.Entries.Select(e => e.Name));
    }

    [Fact]
    public void A_lower_priority_value_runs_first_at_the_same_time()
    {
        var sim = new Simulation();
        var log = new EventLog(sim);
        sim.Schedule(new SimDuration(5), log, subject: "late", priority: 1);
        sim.Schedule(new SimDuration(5), log, subject: "normal");
        sim.Schedule(new SimDuration(5), log, subject: "first", priority: -1);
        sim.Run();
        Assert.Equal(["first", "normal", "late"], log.Entries.Select(e => e.Name));
    }

    [Fact]
    public void RunUntil_stops_at_the_end_time_and_leaves_later_events()
    {
        var sim = new Simulation();
        var log = new EventLog(sim);
        sim.Schedule(new SimDuration(10), log, subject: "in");
        sim.Schedule(new SimDuration(10.0001), log, subject: "out");
        sim.RunUntil(new SimTime(10));
        Assert.Equal([("in", 10.0)], log.Entries);
        Assert.Equal(new SimTime(10), sim.Now);
        Assert.Equal(1, sim.PendingEvents);
        Assert.Equal(new SimTime(10.0001), sim.NextEventTime);
    }

    [Fact]
    public void An_event_cannot_be_scheduled_in_the_past()
    {
        var sim = new Simulation();
        var log = new EventLog(sim);
        sim.RunUntil(new SimTime(100));
        Assert.Throws<ArgumentOutOfRangeException>(() => sim.ScheduleAt(new SimTime(99), log));
        Assert.Throws<ArgumentOutOfRangeException>(() => sim.Schedule(new SimDuration(-1), log));
        Assert.Throws<ArgumentOutOfRangeException>(() => sim.Schedule(new SimDuration(double.NaN), log));
    }

    [Fact]
    public void Event_keys_order_by_time_then_priority_then_sequence()
    {
        var keys = new[]
        {
            new EventKey(2, 0, 0), new EventKey(1, 5, 1), new EventKey(1, -3, 9), new EventKey(1, -3, 2),
        };
        var sorted = keys.Order().ToArray();
        Assert.Equal([new EventKey(1, -3, 2), new EventKey(1, -3, 9), new EventKey(1, 5, 1), new EventKey(2, 0, 0)], sorted);
        Assert.Equal(-3, sorted[0].Priority);
        Assert.Equal(2, sorted[0].Sequence);
    }
}
