using MashSim.Experiments.Staffing;
using MashSim.Experiments.Scenarios;
using MashSim.Outputs.Bundles;
using MashSim.Outputs.Folders;
using MashSim.Outputs.Reports;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs;

/// <summary>Writes the staffing finder's evidence: staffing.csv, one row per staffing tried and target (a column per role), and which was chosen.</summary>
public static class StaffingWriter
{
    /// <summary>Writes staffing.csv, the scenario searched from and the manifest, whose rerun arguments repeat the search.</summary>
    public static string Write(string root, LoadedScenario loaded, StaffingSearch.Answer answer, RunManifest manifest, IReadOnlyList<string> searchArguments,
        CancellationToken cancellation = default) =>
        ResultsFolder.Write(root, $"staff-{loaded.Scenario.Name}", manifest.StartedAt, folder =>
        {
            string yaml = ScenarioLoader.ToYaml(loaded.File, loaded.Provenance);
            File.WriteAllText(Path.Combine(folder, ResultsWriter.ResolvedScenarioFile), yaml);
            var written = manifest with { RerunArguments = ["staff", ManifestFile.InBundle(ResultsWriter.ResolvedScenarioFile), .. searchArguments] };
            ManifestFile.Write(folder, written, [(loaded.File, yaml, loaded.Source)]);
            WriteEvidence(Path.Combine(folder, "staffing.csv"), answer);
            Directory.CreateDirectory(Path.Combine(folder, "plots"));
            Plots.StaffingPlot.WriteAll(Path.Combine(folder, "plots"), answer, loaded.Scenario.Name);
            ReportFile.Write(folder, StaffingReport.Build(loaded, answer, written));
        }, cancellation);

    private static void WriteEvidence(string path, StaffingSearch.Answer answer)
    {
        using var csv = SummaryFiles.NewCsv(path);
        foreach (var role in answer.Roles) csv.WriteField(role.Path);
        foreach (var header in new[] { "costPerYear", "target", "mean", "ci95Low", "ci95High", "met", "meetsAll", "chosen", "overloadWarning" }) csv.WriteField(header);
        csv.EndRecord();
        foreach (var trial in answer.Evidence)
        {
            foreach (var (target, outcome, met) in trial.Results)
            {
                foreach (int staff in trial.Staff) csv.WriteField(staff);
                csv.WriteField(trial.Cost is { } cost ? Numbers.Format(cost) : "");
                csv.WriteField(target.ToString());
                csv.WriteEstimate(outcome.Mean, outcome.CiLow, outcome.CiHigh);
                csv.WriteField(met ? "yes" : "no");
                csv.WriteField(trial.MeetsAll ? "yes" : "no");
                csv.WriteField(answer.Chosen?.Staff.SequenceEqual(trial.Staff) == true ? "yes" : "no");
                csv.WriteField(trial.Overload.Text);
                csv.EndRecord();
            }
        }
    }
}
