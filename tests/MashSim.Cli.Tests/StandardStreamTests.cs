using System.Diagnostics;

namespace MashSim.Cli.Tests;

/// <summary>A real process whose standard output cannot be written says so, rather than blaming the results folder; one whose standard error cannot be written still exits as it should.</summary>
public class StandardStreamTests
{
    /// <summary>Runs a short run of the default through bash with standard output redirected as <paramref name="redirection"/>.</summary>
    private static (int Exit, string Error, string[] Folders) RunWithStandardOutput(string redirection) => Mashsim("run --reps 2 --horizon 30d --warmup 5d", redirection);

    /// <summary>Runs mashsim with <paramref name="arguments"/> (and --out) through bash, its streams redirected as <paramref name="redirection"/>.</summary>
    private static (int Exit, string Error, string[] Folders) Mashsim(string arguments, string redirection, string? path = null)
    {
        using var temp = new TempFolder();
        string results = temp.Sub("results");
        string command = $"dotnet '{Repository.File("src/MashSim.Cli/bin/Release/net10.0/mashsim.dll")}' {arguments} --out '{results}' {redirection}";
        var start = new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardError = true };
        if (path is not null) start.Environment["PATH"] = path;
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

    [Theory]
    [InlineData("run no-such-file.yaml", "2>&-", ExitCodes.BadInput)]
    [InlineData("run --no-such-option", "2>/dev/full", ExitCodes.BadInput)]
    [InlineData("run --reps many", "2>&-", ExitCodes.BadInput)]
    public void Standard_error_closed_or_full_leaves_the_exit_code_as_it_would_be(string arguments, string redirection, int expected)
    {
        // The first message aborted the process (exit 134, an unhandled IOException) instead of its exit code.
        var (exit, _, _) = Mashsim(arguments, redirection + " >/dev/null");
        Assert.Equal(expected, exit);
    }

    [Fact]
    public void A_run_that_warns_with_standard_error_closed_still_writes_its_results()
    {
        // Without Graphviz on the PATH the run warns once on standard error; that warning cost the whole run (exit 134).
        // A PATH of dotnet's own folder only (found through the links to it, as /usr/bin holds dot too).
        string dotnet = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "dotnet")).First(File.Exists);
        string folder = Path.GetDirectoryName(new FileInfo(dotnet).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dotnet)!;
        Assert.False(File.Exists(Path.Combine(folder, "dot")));
        var (exit, _, folders) = Mashsim("run --reps 2 --horizon 30d --warmup 5d", "2>&- >/dev/null", path: folder);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Single(folders);
    }

    /// <summary>A scenario whose name holds a bell and an escape sequence: the message quoting it rang the terminal's bell
    /// and could recolour it. Shown as escapes, the line breaks of the messages kept.</summary>
    [Fact]
    public void Control_characters_a_message_quotes_are_shown_as_escapes_not_sent_to_the_terminal()
    {
        using var temp = new TempFolder();
        string file = temp.Sub("bell.yaml");
        File.WriteAllText(file, $"extends: {Repository.File("scenarios/validation/mmc.yaml")}\nname: \"ring\\a-\\e[31mred\"\n");
        var (exit, error, folders) = Mashsim($"run '{file}'", ">/dev/null");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("'ring\\u0007-\\u001b[31mred'", error);
        Assert.DoesNotContain(error, c => c is '\a' or '\u001b');
        Assert.Contains('\n', error);
        Assert.Empty(folders);
    }

    [Fact]
    public void The_error_stream_passes_text_without_control_characters_as_it_is()
    {
        var written = new StringWriter();
        var errors = new Terminal.StandardErrorWriter(written);
        errors.WriteLine("a\tb: 'c'");
        errors.Write('\a');
        errors.Write("x\u0085y".ToCharArray(), 0, 3);
        Assert.Equal("a\tb: 'c'" + written.NewLine + "\\u0007x\\u0085y", written.ToString());
    }
}
