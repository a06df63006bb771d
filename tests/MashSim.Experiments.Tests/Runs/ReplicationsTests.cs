using MashSim.Experiments.Scenarios.Editing;
using MashSim.Experiments.Results;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;
using MashSim.Model.Recording;

namespace MashSim.Experiments.Tests.Runs;

public class ReplicationsTests
{
    private static readonly MashSim.Model.Parameters.Scenario Short = ScenarioLoader.LoadDefault(ScenarioEdit.ParseAll(["run.horizonDays=60", "run.warmupDays=7"])).Scenario;

    [Fact]
    public void Results_do_not_depend_on_the_number_of_threads()
    {
        var one = Replications.Run(Short, new ReplicationPlan(6, 42, Threads: 1));
        var two = Replications.Run(Short, new ReplicationPlan(6, 42, Threads: 2));
        var sixteen = Replications.Run(Short, new ReplicationPlan(6, 42, Threads: 16));
        foreach (var other in new[] { two, sixteen })
        {
            Assert.Equal(one.Runs.Select(r => r.Values), other.Runs.Select(r => r.Values));
            Assert.Equal(one.Runs.Select(r => r.Histograms!.SelectMany(h => h.Counts)), other.Runs.Select(r => r.Histograms!.SelectMany(h => h.Counts)));
            Assert.Equal(one.Summary, other.Summary);
        }
    }

    [Fact]
    public void Replication_r_is_the_same_whatever_else_runs_with_it()
    {
        var three = Replications.Run(Short, new ReplicationPlan(3, 42, 2));
        var five = Replications.Run(Short, new ReplicationPlan(5, 42, 2));
        Assert.Equal(three.Runs.Select(r => r.Values), five.Runs.Take(3).Select(r => r.Values));
    }

    [Fact]
    public void A_confidence_interval_is_the_student_t_interval_around_the_mean()
    {
        var summary = OutcomeSummary.Of(Kpi.Contacts, [10, 12, 14, double.NaN]);
        Assert.Equal(3, summary.Replications);
        Assert.Equal(12, summary.Mean, 12);
        // t(0.975, 2) = 4.302653, s = 2, n = 3.
        Assert.Equal(4.302653 * 2 / Math.Sqrt(3), summary.HalfWidth, 5);
        Assert.False(OutcomeSummary.Of(Kpi.Contacts, [double.NaN]).HasObservations);
    }

    [Fact]
    public void An_interval_is_cut_to_what_the_outcome_can_take_and_its_half_width_kept_for_precision()
    {
        // Two replications: t(0.975, 1) = 12.706, so the t-interval of these runs well past 100% and below zero.
        var share = OutcomeSummary.Of(Kpi.DecisionWithin1WorkingDay, [0.95, 0.99]);
        Assert.Equal(0.97, share.Mean, 12);
        Assert.Equal(1.0, share.CiHigh);
        Assert.Equal(0.97 - 12.706205 * 0.02, share.CiLow, 5);
        Assert.Equal(12.706205 * 0.02, share.HalfWidth, 5);

        var count = OutcomeSummary.Of(Kpi.Contacts, [0, 10]);
        Assert.Equal(0, count.CiLow);
        Assert.Equal(5 + 12.706205 * 5, count.CiHigh, 4);

        // One replication has no interval, and cutting leaves it none.
        var one = OutcomeSummary.Of(Kpi.DecisionWithin1WorkingDay, [0.5]);
        Assert.True(double.IsNaN(one.CiLow) && double.IsNaN(one.CiHigh));
    }

    /// <summary>Counts the activities of a run and asks for a stop at the first.</summary>
    private sealed class StopAtFirstActivity(CancellationTokenSource stop) : MashSim.Model.Recording.Events.IActivityObserver
    {
        public int Seen { get; private set; }

        public void OnActivity(in MashSim.Model.Recording.Events.ActivityRecord record)
        {
            if (Seen++ == 0) stop.Cancel();
        }
    }

    [Fact]
    public void A_stop_is_heard_inside_a_replication_not_only_between_them()
    {
        // One replication of three years: the stop asked for at its first activity ends it within the kernel's check interval.
        var threeYears = ScenarioLoader.LoadDefault(ScenarioEdit.ParseAll(["run.horizonDays=1095"])).Scenario;
        using var unheard = new CancellationTokenSource();
        var whole = new StopAtFirstActivity(unheard);
        SingleRun.Execute(threeYears, 42, 0, eventLog: whole);

        using var stop = new CancellationTokenSource();
        var stopped = new StopAtFirstActivity(stop);
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Replications.RunRange(threeYears, new ReplicationPlan(1, 42, Threads: 1), 0, 1, cancellation: stop.Token, eventLogOf: _ => stopped));
        // The kernel's check interval (65,536 events) is about 73,000 of the default's 460,000 activities in three years.
        Assert.InRange(stopped.Seen, 1, whole.Seen / 4);
    }
}
