using System.Diagnostics;
using System.Text;

namespace MashSim.Cli.Tests;

/// <summary>Ctrl-C on a real process in the middle of one long replication stops it promptly and leaves nothing behind.</summary>
public class StoppedRunTests
{
    /// <summary>Ctrl-C, a scheduler's SIGTERM and a closed terminal's SIGHUP stop alike; the exit code is 128 + the signal's number, as a shell reports it (SIGHUP killed the run and left its unfinished folder).</summary>
    [Theory]
    [InlineData("INT", ExitCodes.Cancelled)]
    [InlineData("TERM", ExitCodes.Terminated)]
    [InlineData("HUP", ExitCodes.HungUp)]
    public void A_stop_inside_an_england_sized_year_stops_it_within_seconds_and_writes_nothing(string signalName, int exitCode)
    {
        using var temp = new TempFolder();
        string results = temp.Sub("results");
        // Through env, which gives the run the signal's default disposition: a suite started in the background by a
        // shell without job control (`dotnet test ... &`) ignores SIGINT, every process under it inherits that, and the
        // run rightly keeps ignoring it, as any program does.
        var start = new ProcessStartInfo("env", ["--default-signal=" + signalName, "dotnet", Repository.File("src/MashSim.Cli/bin/Release/net10.0/mashsim.dll"), "run",
            Repository.File("scenarios/england-scale.yaml"), "--reps", "1", "--threads", "1", "--out", results])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var error = new StringBuilder();
        using var started = new ManualResetEventSlim();
        process.OutputDataReceived += (_, e) =>
        {
            lock (output) output.AppendLine(e.Data);
            // The line that opens the run, printed just before the replication starts.
            if (e.Data?.Contains("england-scale from", StringComparison.Ordinal) == true) started.Set();
        };
        process.ErrorDataReceived += (_, e) => { lock (error) error.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            Assert.True(started.Wait(TimeSpan.FromMinutes(2)), $"the run did not start: {output}{error}");
            // Well inside the replication, which takes half a minute or more on one core.
            Thread.Sleep(TimeSpan.FromSeconds(2));
            Assert.False(process.HasExited, $"the year ended already: {output}{error}");
            using (var signal = Process.Start("kill", ["-" + signalName, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) signal.WaitForExit();
            var clock = Stopwatch.StartNew();
            // Before the kernel heard stops inside a replication, this waited for the rest of the year (20 s or more).
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(10)), $"still running 10 s after SIG{signalName}");
            process.WaitForExit();
            Assert.Equal(exitCode, process.ExitCode);
            Assert.Contains("stopped; nothing was written", error.ToString());
            // Not even the results root it made for the run's logs.
            Assert.False(Directory.Exists(results), $"{results} was left behind after {clock.Elapsed.TotalSeconds:0.0} s");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
