using MashSim.Experiments.Results;
using MashSim.Model;
using MashSim.Model.Parameters;
using MashSim.Model.Recording.ContactLog;
using MashSim.Model.Recording.Events;
using MashSim.Model.Runs;

namespace MashSim.Experiments.Runs;

/// <summary>Runs a scenario's replications in parallel and summarises them; results are ordered by replication, whatever the threads.</summary>
public static class Replications
{
    /// <summary>Runs every replication of <paramref name="scenario"/>; <paramref name="progress"/> hears of each as it finishes (from worker threads).</summary>
    /// <remarks><paramref name="eventLogOf"/> and <paramref name="contactLogOf"/> give the logs of replication r's activities and
    /// contacts (each disposed when it ends), or null for none.</remarks>
    public static ExperimentResult Run(Scenario scenario, ReplicationPlan plan, Action? progress = null,
        CancellationToken cancellation = default, Func<int, IActivityObserver?>? eventLogOf = null, Func<int, IContactLog?>? contactLogOf = null)
    {
        var runs = RunRange(scenario, plan, 0, plan.Replications, progress, cancellation, eventLogOf, contactLogOf);
        return Summarise(scenario, plan, runs);
    }

    /// <summary>Runs replications [<paramref name="start"/>, <paramref name="end"/>) only: a shard's slice, or the next batch of a sequential run.</summary>
    /// <remarks>Replication r draws from the streams of (seed, r) alone, so a slice gives exactly the runs a whole run would.</remarks>
    public static RunResult[] RunRange(Scenario scenario, ReplicationPlan plan, int start, int end, Action? progress = null,
        CancellationToken cancellation = default, Func<int, IActivityObserver?>? eventLogOf = null, Func<int, IContactLog?>? contactLogOf = null)
    {
        if (plan.Replications < 1) throw new ArgumentOutOfRangeException(nameof(plan), "At least one replication is needed.");
        if (plan.Threads < 1) throw new ArgumentOutOfRangeException(nameof(plan), "At least one thread is needed.");
        if (start < 0 || end > plan.Replications || start >= end) throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not a slice of {plan.Replications} replications.");
        var results = new RunResult[end - start];
        Parallel.For(start, end,
            new ParallelOptions { MaxDegreeOfParallelism = plan.Threads, CancellationToken = cancellation },
            r =>
            {
                results[r - start] = SingleRun.Execute(scenario, plan.Seed, r, eventLog: eventLogOf?.Invoke(r), contactLog: contactLogOf?.Invoke(r), cancellation: cancellation);
                progress?.Invoke();
            });
        return results;
    }

    /// <summary>The experiment's result from every replication's run, in replication order.</summary>
    public static ExperimentResult Summarise(Scenario scenario, ReplicationPlan plan, IReadOnlyList<RunResult> runs)
    {
        if (runs.Count != plan.Replications || runs.Select((run, i) => run.Replication != i).Any(wrong => wrong))
            throw new ArgumentException($"The runs are not replications 0 to {plan.Replications - 1} in order.", nameof(runs));
        return new ExperimentResult(scenario, plan, runs, OutcomeSummary.Summarise(runs));
    }
}
