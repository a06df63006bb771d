using MashSim.Experiments.Runs;
using MashSim.Model.Parameters;
using MashSim.Model.Runs;

namespace MashSim.Experiments.Results;

/// <summary>A scenario as it ran, the plan it ran with (replications and seed), every replication's result, and their summary.</summary>
public sealed record ExperimentResult(Scenario Scenario, ReplicationPlan Plan, IReadOnlyList<RunResult> Runs, IReadOnlyList<OutcomeSummary> Summary)
{
    public OutcomeSummary this[Model.Recording.Kpi kpi] => Summary[kpi.Index];
}
