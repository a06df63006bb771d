using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MashSim.Experiments.Calibration;
using MashSim.Experiments.Results;
using MashSim.Experiments.Scenarios;
using MashSim.Outputs.ContactLog;
using MashSim.Outputs.Folders;
using MashSim.Outputs.Plots;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs;

/// <summary>Writes every file of a run into a new results folder, atomically.</summary>
public static class ResultsWriter
{
    /// <summary>Writes the run into a new folder under <paramref name="root"/>, with any <paramref name="extraFiles"/> (name to text, such as a fitted scenario).</summary>
    public static string Write(string root, LoadedScenario loaded, ExperimentResult result, RunManifest manifest,
        IReadOnlyDictionary<string, string>? extraFiles = null) =>
        ResultsFolder.Write(root, result.Scenario.Name, manifest.StartedAt, folder =>
        {
            foreach (var (name, text) in extraFiles ?? new Dictionary<string, string>()) File.WriteAllText(Path.Combine(folder, name), text);
            string resolved = ScenarioLoader.ToYaml(result.Scenario);
            File.WriteAllText(Path.Combine(folder, "scenario.resolved.yaml"), resolved);
            ProvenanceFile.Write(Path.Combine(folder, "provenance.csv"), loaded.Provenance);
            SummaryFiles.Write(folder, result);
            if (result.Scenario.Calibration.Count > 0) CalibrationFile.Write(Path.Combine(folder, "calibration.csv"), CalibrationRow.Check(result));
            if (result.Runs[0].Contacts is { } contacts) ContactLogFile.Write(Path.Combine(folder, "contacts.csv"), result.Scenario, contacts);
            Directory.CreateDirectory(Path.Combine(folder, "plots"));
            TimeToDecisionPlot.Write(Path.Combine(folder, "plots", "time-to-decision.png"), result);
            WriteManifest(Path.Combine(folder, "manifest.json"), loaded, result, manifest, resolved);
        });

    private static void WriteManifest(string path, LoadedScenario loaded, ExperimentResult result, RunManifest manifest, string resolvedYaml)
    {
        var document = new
        {
            mashsimVersion = typeof(ResultsWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
            commandLine = manifest.CommandLine,
            scenario = result.Scenario.Name,
            scenarioSource = loaded.Source,
            scenarioSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(resolvedYaml))),
            seed = result.Scenario.Run.Seed,
            replications = result.Runs.Count,
            threads = manifest.Threads,
            startedAt = manifest.StartedAt.ToString("O", CultureInfo.InvariantCulture),
            finishedAt = manifest.FinishedAt.ToString("O", CultureInfo.InvariantCulture),
            eventsHandled = result.Runs.Sum(r => r.EventsHandled),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
