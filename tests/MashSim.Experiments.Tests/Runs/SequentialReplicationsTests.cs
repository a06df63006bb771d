using MashSim.Experiments.Scenarios.Editing;
using MashSim.Experiments.Results;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;
using MashSim.Model.Recording;

namespace MashSim.Experiments.Tests.Runs;

public class SequentialReplicationsTests
{
    private static readonly MashSim.Model.Parameters.Scenario Mmc =
        ScenarioLoader.Load(Path.Combine(Repository.Root(), "scenarios", "validation", "mmc.yaml"), ScenarioEdit.ParseAll(["run.horizonDays=60", "run.warmupDays=5"])).Scenario;

    [Fact]
    public void Stops_at_the_first_total_whose_intervals_are_narrow_enough_whatever_the_threads()
    {
        var one = SequentialReplications.Run(Mmc, seed: 3, threads: 1, 0.04, [Kpi.ScreeningWaitHoursMean], initial: 4, maximum: 500);
        var many = SequentialReplications.Run(Mmc, seed: 3, threads: 4, 0.04, [Kpi.ScreeningWaitHoursMean], initial: 4, maximum: 500);
        Assert.True(one.Reached);
        int n = one.Result.Runs.Count;
        Assert.Equal(n, many.Result.Runs.Count);
        Assert.Equal(one.Result[Kpi.ScreeningWaitHoursMean], many.Result[Kpi.ScreeningWaitHoursMean]);
        var wait = one.Result[Kpi.ScreeningWaitHoursMean];
        Assert.True(wait.HalfWidth <= 0.04 * wait.Mean);
        Assert.True(n > 4, "a 4% interval on a busy M/M/3 wait needs more than four 60-day runs");
        // The answer is exactly what a fixed run of that many replications gives.
        Assert.Equal(Replications.Run(Mmc, new ReplicationPlan(n, 3, 2))[Kpi.ScreeningWaitHoursMean], wait);
    }

    [Fact]
    public void Outcomes_the_scenario_does_not_observe_are_not_asked_to_be_precise()
    {
        var answer = SequentialReplications.Run(Mmc, seed: 3, threads: 2, 0.5, HeadlineOutcomes.All, initial: 3, maximum: 50);
        Assert.True(answer.Reached);
        Assert.DoesNotContain(answer.Precisions, p => p.Kpi == Kpi.CaseloadMean);
        Assert.Contains(answer.Precisions, p => p.Kpi == Kpi.ScreeningWaitHoursMean);
    }
}
