using MashSim.Experiments.Results;
using MashSim.Model;
using MashSim.Model.Parameters;
using MashSim.Model.Runs;

namespace MashSim.Experiments.Runs;

/// <summary>Runs a scenario's replications in parallel and summarises them; results are ordered by replication, whatever the threads.</summary>
public static class Replications
{
    /// <summary>Runs every replication of <paramref name="scenario"/>; <paramref name="progress"/> hears of each as it finishes (from worker threads).</summary>
    public static ExperimentResult Run(Scenario scenario, ReplicationPlan plan, Action? progress = null,
        bool keepContactsOfFirst = false, CancellationToken cancellation = default)
    {
        if (plan.Replications < 1) throw new ArgumentOutOfRangeException(nameof(plan), "At least one replication is needed.");
        if (plan.Threads < 1) throw new ArgumentOutOfRangeException(nameof(plan), "At least one thread is needed.");
        var seeded = scenario with { Run = scenario.Run with { Seed = plan.Seed, Replications = plan.Replications } };
        var results = new FrontDoorRunResult[plan.Replications];
        Parallel.For(0, plan.Replications,
            new ParallelOptions { MaxDegreeOfParallelism = plan.Threads, CancellationToken = cancellation },
            r =>
            {
                results[r] = FrontDoorModel.Run(seeded, r, keepContacts: keepContactsOfFirst && r == 0);
                progress?.Invoke();
            });
        return new ExperimentResult(seeded, results, OutcomeSummary.Summarise(results));
    }
}
