using MashSim.Experiments.Calibration;
using MashSim.Experiments.Results;
using MashSim.Experiments.Scenarios;
using MashSim.Outputs.Bundles;
using MashSim.Outputs.Diagrams;
using MashSim.Outputs.ContactLog;
using MashSim.Outputs.EventLog;
using MashSim.Outputs.Folders;
using MashSim.Outputs.Plots;
using MashSim.Outputs.Reports;
using MashSim.Outputs.Stages;
using MashSim.Outputs.Tables;
using MashSim.Outputs.Traces;

namespace MashSim.Outputs;

/// <summary>Writes every file of a run into a new results folder, atomically.</summary>
public static class ResultsWriter
{
    public const string ResolvedScenarioFile = "scenario.resolved.yaml";

    /// <summary>The arguments that make a folder again from its resolved scenario and provenance, for <paramref name="command"/> (run or calibrate).</summary>
    public static IReadOnlyList<string> RerunArguments(string command, params string[] more) =>
        [command, ManifestFile.InBundle(ResolvedScenarioFile), "--provenance", ManifestFile.InBundle(ProvenanceFile.FileName), .. more];

    /// <summary>The journeys the report tells (<see cref="ReportChildren"/>); none without an event log.</summary>
    /// <remarks>With <paramref name="chosen"/>, the children picked as the run wrote its log, the log is read once, for their rows; without (a merge of shards), it is read to choose them too.</remarks>
    private static IReadOnlyList<ReportTrace> ReportTraces(string folder, MashSim.Model.Parameters.Scenario scenario, long seed, IReadOnlyList<IReadOnlyList<string>>? chosen)
    {
        string events = Path.Combine(folder, EventLogFile.FileName);
        if (!File.Exists(events)) return [];
        var traces = chosen is not null ? ChildTraces.Tell(events, scenario, seed, chosen) : ChildTraces.Build(events, scenario, seed, ReportChildren.Each, ReportChildren.Choices);
        var (first, late) = (traces[0], traces[1]);
        return [.. first, .. late.Where(l => first.All(f => f.Heading != l.Heading))];
    }

    /// <summary>Runs <paramref name="work"/> on another thread when <paramref name="parallel"/>, else here and now (a run given one thread keeps to one).</summary>
    private static Task<T> Beside<T>(bool parallel, Func<T> work) => parallel ? Task.Run(work) : Task.FromResult(work());

    /// <summary>Writes the run into a new folder under <paramref name="root"/>, with any <paramref name="extraFiles"/> (name to text, such as a fitted scenario).</summary>
    /// <remarks><paramref name="writeLogs"/> puts the logs streamed during the run (events.csv, contacts.csv), or copied from shard 1, into the folder;
    /// <paramref name="reportChildren"/> are the children the report follows when they were chosen as the event log was written (<see cref="StreamedLogs.ReportChildren"/>);
    /// a stop asked for through <paramref name="cancellation"/> is heard between the files, and leaves no folder.</remarks>
    public static string Write(string root, LoadedScenario loaded, ExperimentResult result, RunManifest manifest,
        IReadOnlyDictionary<string, string>? extraFiles = null, Action<string>? writeLogs = null, IReadOnlyList<IReadOnlyList<string>>? reportChildren = null,
        CancellationToken cancellation = default) =>
        ResultsFolder.Write(root, result.Scenario.Name, manifest.StartedAt, folder =>
        {
            foreach (var (name, text) in extraFiles ?? new Dictionary<string, string>()) File.WriteAllText(Path.Combine(folder, name), text);
            var asRun = loaded.File.AsRun(result.Plan);
            string resolved = ScenarioLoader.ToYaml(asRun, loaded.Provenance);
            File.WriteAllText(Path.Combine(folder, ResolvedScenarioFile), resolved);
            ProvenanceFile.Write(Path.Combine(folder, ProvenanceFile.FileName), loaded.Provenance);
            var daily = DailySeriesSummary.Of(result);
            SummaryFiles.Write(folder, result, daily);
            if (asRun.Calibration.Count > 0) CalibrationFile.Write(Path.Combine(folder, "calibration.csv"), CalibrationRow.Check(asRun.Calibration, result));
            writeLogs?.Invoke(folder);
            cancellation.ThrowIfCancellationRequested();
            // The report's traces (reading events.csv back) and the workflow diagrams (drawn by Graphviz's dot, a process
            // waited on) share nothing with the plots, which are the rest of the time here, so when the run was given
            // more than one thread they run beside them.
            bool parallel = result.Plan.Threads > 1;
            var beside = Beside(parallel, () => ReportTraces(folder, result.Scenario, result.Plan.Seed, reportChildren));
            var diagrams = Beside(parallel, () =>
            {
                DiagramFiles.Write(folder, result, cancellation);
                return true;
            });
            IReadOnlyList<StageSummary> stages;
            try
            {
                Distributions.DistributionsFile.Write(Path.Combine(folder, Distributions.DistributionsFile.FileName), result);
                Directory.CreateDirectory(Path.Combine(folder, "plots"));
                TimeToDecisionPlot.Write(Path.Combine(folder, "plots", "time-to-decision.png"), result);
                DailySeriesPlot.WriteAll(Path.Combine(folder, "plots"), result, daily);
                cancellation.ThrowIfCancellationRequested();
                TimelinessPlot.WriteAll(Path.Combine(folder, "plots"), result);
                stages = StageSummary.Of(result);
                StagesFile.Write(Path.Combine(folder, StagesFile.FileName), [(result.Scenario.Name, stages)]);
                WhereTheTimeGoesPlot.WriteAll(Path.Combine(folder, "plots"), [(result.Scenario.Name, stages)], result.Runs.Count);
                diagrams.GetAwaiter().GetResult();
            }
            catch
            {
                // Not leaving the other work writing into a folder that is about to be removed.
                ((IAsyncResult)beside).AsyncWaitHandle.WaitOne();
                ((IAsyncResult)diagrams).AsyncWaitHandle.WaitOne();
                throw;
            }
            var traces = beside.GetAwaiter().GetResult();
            cancellation.ThrowIfCancellationRequested();
            var written = manifest.RerunArguments.Count > 0 ? manifest : manifest with { RerunArguments = RerunArguments("run") };
            ManifestFile.Write(folder, written, [(asRun, resolved, loaded.Source)], result.Runs.Sum(r => r.EventsHandled));
            ReportFile.Write(folder, RunReport.Build(folder, loaded, result, written, stages, traces));
        }, cancellation);
}
