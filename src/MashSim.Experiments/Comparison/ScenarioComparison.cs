using MashSim.Experiments.Results;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;
using MashSim.Model.Recording;

namespace MashSim.Experiments.Comparison;

/// <summary>Several scenarios run with common random numbers, and every outcome of each compared with the first.</summary>
/// <param name="Scenarios">The scenarios as loaded, in the order compared.</param>
/// <param name="Results">Each scenario's result, in the same order.</param>
public sealed record ScenarioComparison(IReadOnlyList<LoadedScenario> Scenarios, IReadOnlyList<ExperimentResult> Results)
{
    public ExperimentResult Baseline => Results[0];

    /// <summary>The paired differences of scenario <paramref name="index"/> (1 or more) from the first, one per outcome.</summary>
    public IReadOnlyList<PairedDifference> Against(int index) =>
        Kpi.All.Select(kpi => PairedDifference.Of(kpi, Baseline, Results[index])).ToArray();

    /// <summary>Runs every scenario with the same plan: the same replications and seed, so replication r sees the same random streams in each.</summary>
    /// <exception cref="ArgumentException">Fewer than two scenarios, or scenarios measured over periods of different lengths (<see cref="WhyNotComparable"/>).</exception>
    public static ScenarioComparison Run(IReadOnlyList<LoadedScenario> scenarios, ReplicationPlan plan, Action? progress = null, CancellationToken cancellation = default)
    {
        if (scenarios.Count < 2) throw new ArgumentException("A comparison needs at least two scenarios.", nameof(scenarios));
        if (WhyNotComparable(scenarios) is { } why) throw new ArgumentException(why, nameof(scenarios));
        return new ScenarioComparison(scenarios, scenarios.Select(s => Replications.Run(s.Scenario, plan, progress, cancellation: cancellation)).ToArray());
    }

    /// <summary>Why these scenarios cannot be compared outcome by outcome, or null when they can.</summary>
    /// <remarks>Counts over a measured period differ by its length alone: a scenario measured for 170 days against one
    /// measured for 365 was called "10,052 contacts lower". So every scenario is measured for as many days as the first.</remarks>
    public static string? WhyNotComparable(IReadOnlyList<LoadedScenario> scenarios)
    {
        static int Measured(LoadedScenario s) => s.Scenario.Run.HorizonDays - s.Scenario.Run.WarmupDays;
        var first = scenarios[0];
        return scenarios.Skip(1).FirstOrDefault(s => Measured(s) != Measured(first)) is { } other
            ? $"{first.Scenario.Name} is measured over {Measured(first)} days ({first.Scenario.Run.HorizonDays} less a warm-up of {first.Scenario.Run.WarmupDays}) " +
              $"and {other.Scenario.Name} over {Measured(other)} ({other.Scenario.Run.HorizonDays} less {other.Scenario.Run.WarmupDays}); their counts would differ by the period's length alone. " +
              "Give every scenario the same run.horizonDays and run.warmupDays, or set them for all with --horizon and --warmup."
            : null;
    }
}
