using System.Diagnostics;

namespace MashSim.Cli.Tests;

/// <summary>The writer's warm-up (the report template parsed and a plot drawn on an idle core while a run starts) changes no byte of the folder.</summary>
/// <remarks>Each run is a fresh process: in one process the first run would leave everything warm for the next.</remarks>
public class WriterWarmUpTests
{
    private static void RunApp(string results, string threads)
    {
        var start = new ProcessStartInfo("dotnet", [Repository.File("src/MashSim.Cli/bin/Release/net10.0/mashsim.dll"), "run", "--reps", "2", "--threads", threads,
            "--horizon", "60d", "--warmup", "7d", "--out", results]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "the run did not finish in 3 minutes");
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {error}{output.Result}");
    }

    [Fact]
    public void A_run_on_two_threads_which_warms_the_writer_writes_the_bytes_of_a_run_on_one_which_does_not()
    {
        using var temp = new TempFolder();
        RunApp(temp.Sub("one"), "1");
        RunApp(temp.Sub("two"), "2");
        string one = AppRun.OnlyResultsFolder(temp.Sub("one")), two = AppRun.OnlyResultsFolder(temp.Sub("two"));
        FolderAssert.IdenticalButManifest(one, two);
        Assert.Contains(Path.Combine("plots", "time-to-decision.svg"), FolderAssert.Files(one));
        // The report differs only where it quotes the command line.
        static string Report(string folder, string threads) =>
            File.ReadAllText(Path.Combine(folder, "report.html")).Replace($"--threads {threads}", "").Replace(Path.GetDirectoryName(folder)!, "");
        Assert.Equal(Report(one, "1"), Report(two, "2"));
    }
}
