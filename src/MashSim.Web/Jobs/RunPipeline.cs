using MashSim.Experiments.Comparison;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Runs.Checks;
using MashSim.Outputs;
using MashSim.Outputs.Bundles;
using MashSim.Outputs.EventLog;

namespace MashSim.Web.Jobs;

/// <summary>What a run from the page does: exactly what <c>mashsim run</c> does for the same scenario, seed and replications, so the folders agree figure for figure.</summary>
/// <remarks>
/// The same calls in the same order as the command line's runner: the replications with the first one's contacts kept
/// and its activities streamed to events.csv, the sanity checks, then <see cref="ResultsWriter"/>. With a baseline,
/// the two results are paired replication by replication (common random numbers) as <c>mashsim compare</c> pairs them,
/// and the comparison folder is written by the same writer.
/// </remarks>
public static class RunPipeline
{
    public static void Execute(Job job, ServeOptions options)
    {
        var loaded = job.Loaded;
        var scenario = loaded.Scenario;
        var plan = loaded.File.Plan(options.Threads);
        var startedAt = DateTime.Now;
        Directory.CreateDirectory(options.ResultsRoot);
        using var logs = new StreamedLogs(options.ResultsRoot, scenario, plan.Seed, EventLogScope.First);
        var token = job.Cancellation.Token;
        Experiments.Results.ExperimentResult result;
        try
        {
            // A stop from the page is heard inside a replication too (the kernel looks at the token as it runs).
            result = Replications.Run(scenario, plan, job.Tick, token, logs.EventsOf, logs.ContactsOf);
        }
        catch (AggregateException e) when (token.IsCancellationRequested && e.Flatten().InnerExceptions.All(x => x is OperationCanceledException))
        {
            throw new OperationCanceledException(token);
        }
        ResultChecks.Require(result.Runs);
        // From here the results are written whole: a cancel now is answered too late, not half-heeded.
        job.BeginWriting();
        job.Folder = ResultsWriter.Write(options.ResultsRoot, loaded, result, new RunManifest(job.CommandLine, options.Threads, startedAt, DateTime.Now), null, logs.WriteInto, logs.ReportChildren);
        job.Result = result;

        if (job.Baseline is { Result: { } baseline } before)
        {
            var comparison = new ScenarioComparison([before.Loaded, loaded], [baseline, result]);
            job.Comparison = comparison;
            job.ComparisonFolder = ComparisonWriter.Write(options.ResultsRoot, comparison,
                new RunManifest(job.ComparisonCommandLine ?? job.CommandLine, options.Threads, startedAt, DateTime.Now));
        }
    }
}
