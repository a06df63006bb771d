using System.Diagnostics;

namespace MashSim.Cli.Tests;

/// <summary>A real process whose standard output cannot be written says so, rather than blaming the results folder.</summary>
public class StandardOutputTests
{
    /// <summary>Runs a short run of the default through bash with standard output redirected as <paramref name="redirection"/>.</summary>
    private static (int Exit, string Error, string[] Folders) RunWithStandardOutput(string redirection)
    {
        using var temp = new TempFolder();
        string results = temp.Sub("results");
        string command = $"dotnet '{Repository.File("src/MashSim.Cli/bin/Release/net10.0/mashsim.dll")}' run --reps 2 --horizon 30d --warmup 5d --out '{results}' {redirection}";
        var start = new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardError = true };
        using var process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the run did not end");
        var folders = Directory.Exists(results) ? Directory.GetDirectories(results).Select(f => Path.GetFileName(f)).ToArray() : [];
        return (process.ExitCode, error, folders);
    }

    [Theory]
    [InlineData(">&-", "Access to the path is denied")]
    [InlineData("> /dev/full", "No space left on device")]
    public void Standard_output_closed_or_full_is_named_and_nothing_is_written(string redirection, string reason)
    {
        var (exit, error, folders) = RunWithStandardOutput(redirection);

        Assert.Equal(ExitCodes.Failure, exit);
        // It said "could not write the results: Access to the path is denied", about a folder it had not begun.
        Assert.Contains($"mashsim: could not write to standard output ({reason}): is it closed, or its device full?", error);
        Assert.DoesNotContain("could not write the results", error);
        Assert.DoesNotContain("internal error", error);
        Assert.Empty(folders);
    }

    [Fact]
    public void A_reader_that_stops_early_does_not_stop_the_run()
    {
        // head exits after the first line; the rest of the output goes nowhere, as for any command in a pipe.
        var (exit, error, folders) = RunWithStandardOutput("| head -1 > /dev/null; exit ${PIPESTATUS[0]}");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Single(folders);
    }
}
