using MashSim.Experiments.Comparison;
using MashSim.Experiments.Results;
using MashSim.Experiments.Results.Saturation;
using MashSim.Experiments.Scenarios;
using MashSim.Outputs.Bundles;
using MashSim.Outputs.Folders;
using MashSim.Outputs.Plots;
using MashSim.Outputs.Reports;
using MashSim.Outputs.Stages;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs;

/// <summary>Writes a comparison into a new folder: comparison.csv (every outcome, every scenario, the paired differences) and each scenario as it ran.</summary>
public static class ComparisonWriter
{
    public static string Write(string root, ScenarioComparison comparison, RunManifest manifest, CancellationToken cancellation = default)
    {
        var startedAt = manifest.StartedAt;
        string name = "compare-" + string.Join("-vs-", comparison.Results.Select(r => r.Scenario.Name));
        if (name.Length > 120) name = name[..120];
        return ResultsFolder.Write(root, name, startedAt, folder =>
        {
            using (var csv = SummaryFiles.NewCsv(Path.Combine(folder, "comparison.csv")))
            {
                foreach (var header in new[] { "outcome", "unit", "scenario", "mean", "ci95Low", "ci95High", "differenceFromFirst", "differenceCi95Low", "differenceCi95High", "overload", "verdict" })
                {
                    csv.WriteField(header);
                }
                csv.EndRecord();
                var differences = Enumerable.Range(1, comparison.Results.Count - 1).Select(comparison.Against).ToArray();
                var overloads = comparison.Results.Select(Overload.Of).ToArray();
                foreach (var kpi in MashSim.Model.Recording.Kpi.All)
                {
                    for (int s = 0; s < comparison.Results.Count; s++)
                    {
                        var summary = comparison.Results[s][kpi];
                        csv.WriteField(kpi.Id);
                        csv.WriteField(kpi.Unit.Name);
                        csv.WriteField(comparison.Results[s].Scenario.Name);
                        csv.WriteEstimate(summary.Mean, summary.CiLow, summary.CiHigh);
                        if (s == 0)
                        {
                            csv.WriteField("");
                            csv.WriteField("");
                            csv.WriteField("");
                            csv.WriteField(OverloadNote(overloads[0], null, kpi.Id));
                            csv.WriteField("");
                        }
                        else
                        {
                            var d = differences[s - 1][kpi.Index];
                            csv.WriteEstimate(d.Difference.Mean, d.Difference.Low, d.Difference.High);
                            csv.WriteField(OverloadNote(overloads[s], overloads[0], kpi.Id));
                            csv.WriteField(VerdictText(d.Verdict));
                        }
                        csv.EndRecord();
                    }
                }
            }
            Directory.CreateDirectory(Path.Combine(folder, "plots"));
            Plots.ComparisonPlot.Write(Path.Combine(folder, "plots", "timeliness.png"), comparison);
            var resolved = comparison.Scenarios.Zip(comparison.Results, (s, r) => (File: s.File.AsRun(r.Plan), s.Provenance))
                .Select(s => (Scenario: s.File, Yaml: ScenarioLoader.ToYaml(s.File, s.Provenance), File: $"scenario.{s.File.Name}.resolved.yaml")).ToArray();
            foreach (var (_, yaml, file) in resolved) File.WriteAllText(Path.Combine(folder, file), yaml);
            var written = manifest with { RerunArguments = ["compare", .. resolved.Select(r => ManifestFile.InBundle(r.File))] };
            ManifestFile.Write(folder, written, resolved.Select(r => (r.Scenario, r.Yaml, r.File)).ToArray());
            // Where the time goes, side by side per scenario; then the report, last, so it embeds the plots.
            var stages = comparison.Results.Select(r => (r.Scenario.Name, StageSummary.Of(r))).ToArray();
            StagesFile.Write(Path.Combine(folder, StagesFile.FileName), stages);
            Directory.CreateDirectory(Path.Combine(folder, "plots"));
            WhereTheTimeGoesPlot.WriteAll(Path.Combine(folder, "plots"), stages, comparison.Baseline.Runs.Count);
            ReportFile.Write(folder, ComparisonReport.Build(comparison, written, stages));
        }, cancellation);
    }

    /// <summary>
    /// The overload column: on the row of the outcome that shows it, what saturated; on every row of a scenario
    /// compared with an overloaded baseline while overloaded itself, that the difference depends on the horizon.
    /// </summary>
    private static string OverloadNote(Overload overload, Overload? baseline, string outcomeId)
    {
        var notes = overload.About(outcomeId).Select(s => s.ToString()).ToList();
        if (overload.Any && baseline is { Any: true }) notes.Add("both overloaded: the difference depends on the horizon");
        return string.Join("; ", notes);
    }

    public static string VerdictText(Verdict verdict) => verdict switch
    {
        Verdict.Better => "better",
        Verdict.Worse => "worse",
        Verdict.Higher => "higher",
        Verdict.Lower => "lower",
        _ => "no detectable difference",
    };
}
