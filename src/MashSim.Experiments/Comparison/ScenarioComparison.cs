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
    public static ScenarioComparison Run(IReadOnlyList<LoadedScenario> scenarios, ReplicationPlan plan, Action? progress = null, CancellationToken cancellation = default)
    {
        if (scenarios.Count < 2) throw new ArgumentException("A comparison needs at least two scenarios.", nameof(scenarios));
        return new ScenarioComparison(scenarios, scenarios.Select(s => Replications.Run(s.Scenario, plan, progress, cancellation: cancellation)).ToArray());
    }
}
