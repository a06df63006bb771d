using System.Diagnostics;
using MashSim.Outputs.Diagrams;

namespace MashSim.Cli.Tests;

/// <summary>A Graphviz that fails, dies at once or hangs costs a run its SVGs, with a warning, never its results; a stop still stops.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class GraphvizFailureTests
{
    private const string Graph = "digraph { a -> b }";

    /// <summary>A stand-in for dot, written to <paramref name="folder"/>/dot: a shell script with <paramref name="body"/>.</summary>
    private static string FakeDot(TempFolder folder, string body)
    {
        Directory.CreateDirectory(folder.Sub("bin"));
        string dot = folder.Write("bin/dot", "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(dot, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return dot;
    }

    [Fact]
    public void A_dot_that_fails_before_reading_its_input_is_a_reason_not_a_broken_pipe()
    {
        using var temp = new TempFolder();
        string dot = FakeDot(temp, "echo 'Error: bad things' >&2\nexit 3");
        string svg = temp.Sub("out.svg");
        // Larger than a pipe's buffer, so the write meets a reader that is gone: this was "Broken pipe", failing the run.
        string big = "digraph {\n" + string.Concat(Enumerable.Range(0, 40_000).Select(i => $"n{i} -> n{i + 1};\n")) + "}";

        var rendering = GraphvizRenderer.RenderSvg(dot, big, svg, TimeSpan.FromSeconds(30));

        Assert.False(rendering.Drawn);
        Assert.Equal("Graphviz's dot failed (exit 3: Error: bad things)", rendering.WhyNot);
        Assert.False(File.Exists(svg));
    }

    [Fact]
    public void A_dot_that_never_returns_is_stopped_at_the_time_limit()
    {
        using var temp = new TempFolder();
        string pidFile = temp.Sub("dot.pid");
        string dot = FakeDot(temp, $"echo $$ > '{pidFile}'\nexec sleep 1000");
        var clock = Stopwatch.StartNew();

        var rendering = GraphvizRenderer.RenderSvg(dot, Graph, temp.Sub("out.svg"), TimeSpan.FromSeconds(1));

        Assert.False(rendering.Drawn);
        Assert.Equal("Graphviz's dot did not finish within 1 s, so it was stopped", rendering.WhyNot);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.False(IsRunning(int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture)), "the hung dot was left running");
    }

    [Fact]
    public void A_stop_while_dot_runs_is_a_stop_and_ends_dot()
    {
        using var temp = new TempFolder();
        string pidFile = temp.Sub("dot.pid");
        string dot = FakeDot(temp, $"echo $$ > '{pidFile}'\nexec sleep 1000");
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        // A Ctrl-C from a terminal reaches dot as well; its death then is the stop's, not Graphviz failing.
        Assert.ThrowsAny<OperationCanceledException>(() => GraphvizRenderer.RenderSvg(dot, Graph, temp.Sub("out.svg"), TimeSpan.FromMinutes(5), stop.Token));
        Assert.False(IsRunning(int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture)), "dot was left running");
    }

    [Fact]
    public void A_run_with_a_broken_dot_keeps_its_results_and_says_why_the_diagrams_have_no_svg()
    {
        using var temp = new TempFolder();
        FakeDot(temp, "exit 1");
        var run = Mashsim(temp.Path, ["run", "--reps", "2", "--horizon", "30d", "--warmup", "5d", "--out", "results"], path: temp.Sub("bin"));

        Assert.True(run.Exit == 0, run.Error);
        Assert.Contains("warning: the workflow diagrams have no SVG and the report shows none: Graphviz's dot failed (exit 1). The results are complete", run.Error);
        string folder = AppRun.OnlyResultsFolder(temp.Sub("results"));
        Assert.True(File.Exists(Path.Combine(folder, "summary.json")));
        Assert.True(File.Exists(Path.Combine(folder, "diagrams", "contact-workflow.dot")));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "diagrams"), "*.svg"));
    }

    [Fact]
    public async Task A_stop_while_a_hung_dot_holds_the_writing_stops_the_run_and_leaves_nothing()
    {
        using var temp = new TempFolder();
        string pidFile = temp.Sub("dot.pid");
        FakeDot(temp, $"echo $$ > '{pidFile}'\nexec sleep 1000");
        var start = Start(temp.Path, ["run", "--reps", "2", "--horizon", "30d", "--warmup", "5d", "--out", "results"], path: temp.Sub("bin"));
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            // The simulation is over and the results are being written when dot is started.
            var waited = Stopwatch.StartNew();
            while (!File.Exists(pidFile) && waited.Elapsed < TimeSpan.FromMinutes(2)) Thread.Sleep(50);
            Assert.True(File.Exists(pidFile), "dot was never started");
            // SIGTERM to mashsim alone: before, a stop once the simulation was over was not heard, and a hung dot held the run for ever.
            using (var signal = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) signal.WaitForExit();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(20)), "still running 20 s after the stop");
            Assert.Equal(ExitCodes.Terminated, process.ExitCode);
            Assert.Contains("mashsim: stopped; nothing was written.", await error);
            Assert.False(Directory.Exists(temp.Sub("results")) && Directory.EnumerateFileSystemEntries(temp.Sub("results")).Any(), "something was left in results/");
            Assert.False(IsRunning(int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture)), "dot was left running");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void A_relative_out_that_starts_with_a_dash_gets_its_svgs()
    {
        if (!GraphvizRenderer.Available) return; // Graphviz is what this is about; .ci/run installs it
        using var temp = new TempFolder();
        // dot read "-o -dash/..." as a missing argument, and the run failed after its simulation.
        var run = Mashsim(temp.Path, ["run", "--reps", "2", "--horizon", "30d", "--warmup", "5d", "--out", "-dash"]);

        Assert.True(run.Exit == 0, run.Error);
        string folder = AppRun.OnlyResultsFolder(temp.Sub("-dash"));
        Assert.True(File.Exists(Path.Combine(folder, "diagrams", "contact-workflow.svg")));
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static ProcessStartInfo Start(string folder, string[] arguments, string? path = null)
    {
        var start = new ProcessStartInfo("dotnet", [Repository.File("src/MashSim.Cli/bin/Release/net10.0/mashsim.dll"), .. arguments])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder,
        };
        if (path is not null) start.Environment["PATH"] = path + ":" + Environment.GetEnvironmentVariable("PATH");
        return start;
    }

    private static (int Exit, string Error) Mashsim(string folder, string[] arguments, string? path = null)
    {
        using var process = Process.Start(Start(folder, arguments, path))!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"did not end: {error}");
        _ = output.Result;
        return (process.ExitCode, error);
    }
}
