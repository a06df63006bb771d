using MashSim.Experiments.Staffing;
using MashSim.Experiments.Scenarios;
using MashSim.Outputs.Bundles;
using MashSim.Outputs.Folders;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs;

/// <summary>Writes the staffing finder's evidence: staffing.csv, one row per staffing tried and target (a column per role), and which was chosen.</summary>
public static class StaffingWriter
{
    /// <summary>Writes staffing.csv, the scenario searched from and the manifest, whose rerun arguments repeat the search.</summary>
    public static string Write(string root, LoadedScenario loaded, StaffingSearch.Answer answer, RunManifest manifest, IReadOnlyList<string> searchArguments) =>
        ResultsFolder.Write(root, $"staff-{loaded.Scenario.Name}", manifest.StartedAt, folder =>
        {
            string yaml = ScenarioLoader.ToYaml(loaded.Scenario);
            File.WriteAllText(Path.Combine(folder, ResultsWriter.ResolvedScenarioFile), yaml);
            ManifestFile.Write(folder, manifest with { RerunArguments = ["staff", ManifestFile.InBundle(ResultsWriter.ResolvedScenarioFile), .. searchArguments] },
                [(loaded.Scenario, yaml, loaded.Source)]);
            Directory.CreateDirectory(Path.Combine(folder, "plots"));
            Plots.StaffingPlot.WriteAll(Path.Combine(folder, "plots"), answer, loaded.Scenario.Name);
            using var csv = SummaryFiles.NewCsv(Path.Combine(folder, "staffing.csv"));
            foreach (var role in answer.Roles) csv.WriteField(role.Path);
            foreach (var header in new[] { "costPerYear", "target", "mean", "ci95Low", "ci95High", "met", "meetsAll", "chosen" }) csv.WriteField(header);
            csv.EndRecord();
            foreach (var trial in answer.Evidence)
            {
                foreach (var (target, outcome, met) in trial.Results)
                {
                    foreach (int staff in trial.Staff) csv.WriteField(staff);
                    csv.WriteField(trial.Cost is { } cost ? Numbers.Format(cost) : "");
                    csv.WriteField(target.ToString());
                    csv.WriteField(Numbers.Format(outcome.Mean));
                    csv.WriteField(Numbers.Format(outcome.CiLow));
                    csv.WriteField(Numbers.Format(outcome.CiHigh));
                    csv.WriteField(met ? "yes" : "no");
                    csv.WriteField(trial.MeetsAll ? "yes" : "no");
                    csv.WriteField(answer.Chosen?.Staff.SequenceEqual(trial.Staff) == true ? "yes" : "no");
                    csv.EndRecord();
                }
            }
        });
}
