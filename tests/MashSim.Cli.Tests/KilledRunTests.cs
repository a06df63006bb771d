using System.Diagnostics;
using System.Text.Json;
using MashSim.Outputs.Folders;

namespace MashSim.Cli.Tests;

/// <summary>A real mashsim process killed with SIGKILL at random moments leaves no partial results folder: only whole folders, or a hidden unfinished one.</summary>
public class KilledRunTests
{
    private static readonly string[] FilesOfAFolder = ["summary.csv", "summary.json", "replications.csv", "timeseries.csv", "contacts.csv", "scenario.resolved.yaml", "provenance.csv", "manifest.json"];

    private static Process Start(string results)
    {
        var start = new ProcessStartInfo("dotnet", [Repository.File("src/MashSim.Cli/bin/Release/net10.0/mashsim.dll"), "run", "--reps", "3", "--threads", "1",
            "--horizon", "60d", "--warmup", "7d", "--out", results]) { RedirectStandardOutput = true, RedirectStandardError = true };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    [Fact]
    public void Kills_at_random_moments_leave_only_whole_results_folders()
    {
        using var temp = new TempFolder();
        var clock = Stopwatch.StartNew();
        using (var whole = Start(temp.Sub("whole")))
        {
            whole.WaitForExit();
            Assert.Equal(0, whole.ExitCode);
        }
        var duration = clock.Elapsed;
        CheckEveryVisibleFolderIsWhole(temp.Sub("whole"));

        // Kills spread over the second half of a run, where the files are written (the seed is fixed so a failure can be replayed).
        var random = new Random(12);
        string results = temp.Sub("killed");
        for (int kill = 0; kill < 6; kill++)
        {
            using var process = Start(results);
            Thread.Sleep(duration * (0.4 + 0.7 * random.NextDouble()));
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            CheckEveryVisibleFolderIsWhole(results);
        }
    }

    private static void CheckEveryVisibleFolderIsWhole(string results)
    {
        if (!Directory.Exists(results)) return;
        foreach (var folder in Directory.GetDirectories(results).Where(f => !Path.GetFileName(f).StartsWith(ResultsFolder.IncompletePrefix, StringComparison.Ordinal)))
        {
            foreach (var file in FilesOfAFolder) Assert.True(new FileInfo(Path.Combine(folder, file)).Length > 0, $"{folder}: {file} is missing or empty");
            using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")));
            Assert.Equal(3, summary.RootElement.GetProperty("replications").GetInt32());
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        }
    }
}
