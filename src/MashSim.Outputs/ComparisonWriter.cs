using MashSim.Experiments.Comparison;
using MashSim.Experiments.Scenarios;
using MashSim.Outputs.Bundles;
using MashSim.Outputs.Folders;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs;

/// <summary>Writes a comparison into a new folder: comparison.csv (every outcome, every scenario, the paired differences) and each scenario as it ran.</summary>
public static class ComparisonWriter
{
    public static string Write(string root, ScenarioComparison comparison, RunManifest manifest)
    {
        var startedAt = manifest.StartedAt;
        string name = "compare-" + string.Join("-vs-", comparison.Results.Select(r => r.Scenario.Name));
        if (name.Length > 120) name = name[..120];
        return ResultsFolder.Write(root, name, startedAt, folder =>
        {
            using (var csv = SummaryFiles.NewCsv(Path.Combine(folder, "comparison.csv")))
            {
                foreach (var header in new[] { "outcome", "unit", "scenario", "mean", "ci95Low", "ci95High", "differenceFromFirst", "differenceCi95Low", "differenceCi95High", "verdict" })
                {
                    csv.WriteField(header);
                }
                csv.EndRecord();
                var differences = Enumerable.Range(1, comparison.Results.Count - 1).Select(comparison.Against).ToArray();
                foreach (var kpi in MashSim.Model.Recording.Kpi.All)
                {
                    for (int s = 0; s < comparison.Results.Count; s++)
                    {
                        var summary = comparison.Results[s][kpi];
                        csv.WriteField(kpi.Id);
                        csv.WriteField(SummaryFiles.UnitName(kpi.Unit));
                        csv.WriteField(comparison.Results[s].Scenario.Name);
                        csv.WriteField(Numbers.Format(summary.Mean));
                        csv.WriteField(Numbers.Format(summary.CiLow));
                        csv.WriteField(Numbers.Format(summary.CiHigh));
                        if (s == 0)
                        {
                            csv.WriteField("");
                            csv.WriteField("");
                            csv.WriteField("");
                            csv.WriteField("");
                        }
                        else
                        {
                            var d = differences[s - 1][kpi.Index];
                            csv.WriteField(Numbers.Format(d.Difference.Mean));
                            csv.WriteField(Numbers.Format(d.Difference.Low));
                            csv.WriteField(Numbers.Format(d.Difference.High));
                            csv.WriteField(VerdictText(d.Verdict));
                        }
                        csv.EndRecord();
                    }
                }
            }
            Directory.CreateDirectory(Path.Combine(folder, "plots"));
            Plots.ComparisonPlot.Write(Path.Combine(folder, "plots", "timeliness.png"), comparison);
            var resolved = comparison.Results.Select(r => (r.Scenario, Yaml: ScenarioLoader.ToYaml(r.Scenario), File: $"scenario.{r.Scenario.Name}.resolved.yaml")).ToArray();
            foreach (var (_, yaml, file) in resolved) File.WriteAllText(Path.Combine(folder, file), yaml);
            ManifestFile.Write(folder, manifest with { RerunArguments = ["compare", .. resolved.Select(r => ManifestFile.InBundle(r.File))] },
                resolved.Select(r => (r.Scenario, r.Yaml, r.File)).ToArray());
        });
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
