namespace MashSim.Cli.Tests;

public class BadInputTests
{
    [Fact]
    public void A_bad_scenario_exits_2_names_file_line_and_field_and_writes_nothing()
    {
        using var temp = new TempFolder();
        string bad = Path.Combine(temp.Path, "bad.yaml");
        File.WriteAllText(bad, "name: bad\nmash:\n  staff:\n    socialWorkers: eight\n");
        string results = temp.Sub("results");
        var run = AppRun.Of("run", bad, "--out", results);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{bad}:4:20: mash.staff.socialWorkers: expected a whole number", run.Error);
        Assert.False(Directory.Exists(results));
    }

    [Fact]
    public void A_failed_run_leaves_earlier_results_untouched()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of("run", "--out", temp.Path, "--reps", "2", "--set", "run.horizonDays=30", "--set", "run.warmupDays=7").ExitCode);
        var before = Snapshot(temp.Path);
        var failed = AppRun.Of("run", "--out", temp.Path, "--set", "mash.ragMix.red=2");
        Assert.Equal(2, failed.ExitCode);
        Assert.Contains("--set:1:1: mash.ragMix.red:", failed.Error);
        Assert.Equal(before, Snapshot(temp.Path));
    }

    /// <summary>A problem is reported against the option that gave it: a bad --horizon, a variant's edit, a swept value
    /// and a fitted one were all "--set:1:1", an option the user never gave; a file that cannot be read was "x.yaml:0:0".</summary>
    [Theory]
    [InlineData("--horizon: run.horizonDays: must be at most 36,500 days", "run", "--horizon", "1000000d")]
    [InlineData("--warmup: run.warmupDays: must be shorter than horizonDays", "run", "--warmup", "5000d")]
    [InlineData("--variant 'fewer': mash.staff.socialWorkers: the MASH needs at least one social worker", "compare", "--variant", "fewer: mash.staff.socialWorkers=-3")]
    [InlineData("--variant: mash.nothing: unknown key 'nothing'", "compare", "--variant", "mash.nothing=3")]
    [InlineData("--set:2:1: mash.staff.managers: ", "run", "--set", "mash.staff.socialWorkers=9", "--set", "mash.staff.managers=-1")]
    [InlineData("no-such-file.yaml: (file): no such file", "validate", "no-such-file.yaml")]
    // Problems found while reading the value, not only while applying it, name the option too.
    [InlineData("--vary: mash..x: a path is names separated by dots", "sweep", "--vary", "mash..x=1,2")]
    [InlineData("--vary: mash.staff.socialWorkers: '[' is not a valid YAML value", "sweep", "--vary", "mash.staff.socialWorkers=[,2")]
    public void A_problem_is_reported_against_the_option_or_file_that_gave_it(string expected, params string[] args)
    {
        using var temp = new TempFolder();
        var run = AppRun.Of([.. args, .. args[0] == "validate" ? Array.Empty<string>() : ["--out", temp.Path]]);
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.False(Directory.Exists(temp.Path) && Directory.EnumerateFileSystemEntries(temp.Path).Any());
    }

    [Theory]
    [InlineData("run", "--reps", "0")]
    [InlineData("run", "--reps", "many")]
    [InlineData("run", "--threads", "0")]
    [InlineData("run", "--set", "mash.staff.nobody=3")]
    [InlineData("run", "no-such-file.yaml")]
    [InlineData("frobnicate")]
    [InlineData("run", "--colour")]
    [InlineData("run", "--set", "run.warmupDays=banana", "--warmup", "2d")] // the option's value hid the bad one, and it ran
    [InlineData("run", "--set", "mash.staff.socialWorkers=many", "--set", "mash.staff.socialWorkers=9")]
    public void Bad_options_exit_2_with_a_message(params string[] args)
    {
        using var temp = new TempFolder();
        var run = AppRun.Of([.. args, "--out", temp.Sub("results")]);
        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.Error.Trim());
        Assert.False(Directory.Exists(temp.Sub("results")));
    }

    [Fact]
    public void A_value_given_twice_is_refused_by_name_rather_than_the_last_winning_unchecked()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of("run", "--set", "run.warmupDays=banana", "--warmup", "2d", "--out", temp.Sub("results"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("run.warmupDays is given 2 times (run.warmupDays=banana, run.warmupDays=2)", run.Error);

        var compare = AppRun.Of("compare", Repository.File("scenarios/cumbria-2017-11.yaml"), Repository.File("scenarios/cumbria-2017-11-demand-up-10.yaml"),
            "--set", "run.seed=1", "--seed", "2", "--out", temp.Sub("results"));
        Assert.Equal(2, compare.ExitCode);
        Assert.Contains("run.seed is given 2 times", compare.Error);
        Assert.False(Directory.Exists(temp.Sub("results")));
    }

    /// <summary>An empty --out stopped the command with an internal error (a .NET ArgumentException); a blank one made a folder named " ".</summary>
    [Theory]
    [InlineData("run", "")]
    [InlineData("run", " ")]
    [InlineData("compare", "")]
    [InlineData("sweep", "")]
    [InlineData("graph", "")]
    public void An_empty_or_blank_out_is_refused_by_name(string command, string folder)
    {
        string[] rest = command switch
        {
            "compare" => [Repository.File("scenarios/cumbria-2017-11.yaml"), Repository.File("scenarios/cumbria-2017-11-demand-up-10.yaml")],
            "sweep" => ["--vary", "mash.staff.socialWorkers=10,11"],
            _ => [],
        };
        string before = Directory.GetCurrentDirectory();
        string[] shortRun = command == "graph" ? [] : ["--reps", "2", "--horizon", "30d", "--warmup", "5d"];
        var run = AppRun.Of([command, .. rest, "--out", folder, .. shortRun]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("mashsim: --out: an empty or blank path;", run.Error);
        Assert.False(Directory.Exists(Path.Combine(before, " ")));
    }

    [Fact]
    public void An_out_that_is_a_link_to_nothing_or_a_loop_is_named_as_such()
    {
        using var temp = new TempFolder();
        File.CreateSymbolicLink(temp.Sub("nowhere"), temp.Sub("missing/folder"));
        File.CreateSymbolicLink(temp.Sub("loopA"), temp.Sub("loopB"));
        File.CreateSymbolicLink(temp.Sub("loopB"), temp.Sub("loopA"));
        foreach (var link in new[] { "nowhere", "loopA" })
        {
            // Both were called "a file".
            var run = AppRun.Of("run", "--out", temp.Sub(link), "--reps", "2", "--horizon", "30d", "--warmup", "5d");
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("is a symbolic link to nothing (or round in a loop); give a folder.", run.Error);
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_current_folder_deleted_under_the_shell_is_named()
    {
        using var temp = new TempFolder();
        string gone = temp.Sub("gone");
        Directory.CreateDirectory(gone);
        // The shell's folder is removed after it entered it; "could not write the results: Unable to find the specified file" said nothing of it.
        var start = new System.Diagnostics.ProcessStartInfo("bash", ["-c", $"cd '{gone}' && rmdir '{gone}' && dotnet '{Repository.File("src/MashSim.Cli/bin/Release/net10.0/mashsim.dll")}' run --out '{temp.Sub("results")}'"])
        { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("mashsim: the current folder no longer exists", error);
        Assert.False(Directory.Exists(temp.Sub("results")));
    }

    /// <summary>A name that is not an IP address made the web server listen on every interface (999.1.1.1 did); a scenarios folder that is not there served the built-in one alone, unsaid.</summary>
    [Theory]
    [InlineData("--address", "999.1.1.1", "--address takes an IP address")]
    [InlineData("--address", "myhost.example", "--address takes an IP address")]
    [InlineData("--scenarios", "/no/such/folder", "is not a folder")]
    public void Serve_refuses_an_address_or_a_scenarios_folder_it_cannot_honour_before_listening(string option, string value, string message)
    {
        using var temp = new TempFolder();
        var serve = AppRun.Of("serve", option, value, "--port", "0", "--out", temp.Sub("results"));
        Assert.Equal(2, serve.ExitCode);
        Assert.Contains(message, serve.Error);
        Assert.DoesNotContain("serving at", serve.Output);
    }


    /// <summary>Started outside the repository, serve found no scenarios folder and offered the built-in scenario alone, unsaid.</summary>
    [Fact]
    public void Serve_started_where_there_is_no_scenarios_folder_says_it_offers_the_built_in_scenario_only()
    {
        using var temp = new TempFolder();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [Repository.File("src/MashSim.Cli/bin/Release/net10.0/mashsim.dll"), "serve", "--port", "0", "--out", temp.Sub("results")])
        { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = temp.Path };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        using var serving = new ManualResetEventSlim();
        process.OutputDataReceived += (_, e) =>
        {
            lock (output) output.AppendLine(e.Data);
            if (e.Data?.Contains("serving at", StringComparison.Ordinal) == true) serving.Set();
        };
        process.BeginOutputReadLine();
        try
        {
            Assert.True(serving.Wait(TimeSpan.FromMinutes(1)), $"serve did not start: {output}");
            lock (output) Assert.Contains($"No scenarios folder in {temp.Path}: the page offers the built-in scenario only", output.ToString().Replace("\n", " "));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>A port another program holds ended in exit 1 under the host's stack trace; it is now one line naming the port.</summary>
    [Fact]
    public void Serve_on_a_port_in_use_says_so_in_one_line()
    {
        using var temp = new TempFolder();
        var holder = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        holder.Start();
        try
        {
            int port = ((System.Net.IPEndPoint)holder.LocalEndpoint).Port;
            var serve = AppRun.Of("serve", "--port", $"{port}", "--out", temp.Sub("results"));
            Assert.Equal(2, serve.ExitCode);
            Assert.Contains($"--port {port} is in use on 127.0.0.1", serve.Error);
            Assert.DoesNotContain("   at ", serve.Error + serve.Output);
            Assert.DoesNotContain("serving at", serve.Output);
        }
        finally
        {
            holder.Stop();
        }
    }

    /// <summary>An address this machine does not have (192.0.2.1 is reserved for documentation) ended in exit 1 under the host's stack trace, as an internal error.</summary>
    [Fact]
    public void Serve_on_an_address_this_machine_does_not_have_says_so_in_one_line()
    {
        using var temp = new TempFolder();
        var serve = AppRun.Of("serve", "--address", "192.0.2.1", "--port", "0", "--out", temp.Sub("results"));
        Assert.Equal(2, serve.ExitCode);
        Assert.Contains("--address 192.0.2.1 is not an address of this machine", serve.Error);
        Assert.DoesNotContain("   at ", serve.Error + serve.Output);
        Assert.DoesNotContain("internal error", serve.Error);
    }

    /// <summary>A device or a pipe has no length: /dev/zero as a scenario's base, --provenance or an event log was read until
    /// memory ran out, and a pipe with no writer was never opened. Each is now "nothing to read", refused at once.</summary>
    [Fact]
    public void Devices_and_pipes_named_as_inputs_are_refused_at_once_not_read_for_ever()
    {
        using var temp = new TempFolder();
        string pipe = temp.Sub("pipe.yaml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe])) mkfifo.WaitForExit();
        string extendsZero = temp.Write("extends-zero.yaml", "extends: /dev/zero\nname: zero\n");
        foreach (var scenario in new[] { "/dev/zero", pipe, extendsZero })
        {
            var validate = AppRun.Of("validate", scenario);
            Assert.Equal(2, validate.ExitCode);
            Assert.Contains("is empty, or is a device or a pipe, which are not read", validate.Error);
        }
        var provenance = AppRun.Of("run", "--provenance", "/dev/zero", "--out", temp.Sub("results"));
        Assert.Equal(2, provenance.ExitCode);
        Assert.Contains("empty, or not a file", provenance.Error);

        // An event log that is a link to /dev/zero, beside the scenario it would have come from.
        string logFolder = temp.Sub("log");
        Directory.CreateDirectory(logFolder);
        File.Copy(Repository.File("scenarios/cumbria-2017-11.yaml"), Path.Combine(logFolder, "scenario.resolved.yaml"));
        File.CreateSymbolicLink(Path.Combine(logFolder, "events.csv"), "/dev/zero");
        var trace = AppRun.Of("trace", logFolder);
        Assert.Equal(2, trace.ExitCode);
        Assert.Contains("empty, or not a file", trace.Error);
        Assert.False(Directory.Exists(temp.Sub("results")));
    }

    /// <summary>The files a results folder holds are read back by graph, rerun, merge and sweep --resume; each, made a link
    /// to /dev/zero, is refused at once with its name (exit 2), and rerun's byte-for-byte check calls such a file different
    /// rather than reading it for ever.</summary>
    [Fact]
    public void A_results_folders_own_files_that_are_devices_are_refused_at_once()
    {
        using var temp = new TempFolder();
        string[] shortRun = ["--reps", "2", "--set", "run.horizonDays=30", "--set", "run.warmupDays=7"];
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("run"), .. shortRun]).ExitCode);
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("shard1"), "--shard", "1/2", .. shortRun]).ExitCode);
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("shard2"), "--shard", "2/2", .. shortRun]).ExitCode);
        Assert.Equal(0, AppRun.Of(["sweep", "--out", temp.Sub("sweep"), "--vary", "mash.staff.socialWorkers=4,5", .. shortRun]).ExitCode);
        string run = AppRun.OnlyResultsFolder(temp.Sub("run"));
        string shard1 = AppRun.OnlyResultsFolder(temp.Sub("shard1")), shard2 = AppRun.OnlyResultsFolder(temp.Sub("shard2"));
        // A sweep folder renamed as one that stopped, so --resume reads sweep.json and its points.
        string sweep = AppRun.OnlyResultsFolder(temp.Sub("sweep")) + ".unfinished";
        Directory.Move(AppRun.OnlyResultsFolder(temp.Sub("sweep")), sweep);

        (string File, string[] Command)[] reads =
        [
            (Path.Combine(run, "flows.csv"), ["graph", "--results", run, "--out", temp.Sub("flows.svg")]),
            (Path.Combine(run, "states.csv"), ["graph", "--results", run, "--out", temp.Sub("states.svg")]),
            (Path.Combine(run, "summary.json"), ["graph", "--results", run, "--out", temp.Sub("summary.svg")]),
            (Path.Combine(run, "manifest.json"), ["rerun", run]),
            (Path.Combine(shard1, "partial.json"), ["merge", shard1, shard2, "--out", temp.Sub("merged")]),
            (Path.Combine(sweep, "sweep.json"), ["sweep", "--resume", sweep]),
            (Path.Combine(sweep, "points", "00000.json"), ["sweep", "--resume", sweep]),
        ];
        foreach (var (file, command) in reads)
        {
            File.Move(file, file + ".kept");
            File.CreateSymbolicLink(file, "/dev/zero");
            var refused = AppRun.Of(command);
            Assert.True(refused.ExitCode == 2, $"{string.Join(' ', command)}: exit {refused.ExitCode}\n{refused.Error}");
            Assert.Contains($"{file}: empty, or not a file (a device or a pipe)", refused.Error);
            File.Delete(file);
            File.Move(file + ".kept", file);
        }
        Assert.False(Directory.Exists(temp.Sub("merged")));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.svg"));

        // The event log, which rerun compares but never parses: a link to /dev/zero differs from the rerun's log.
        string events = Path.Combine(run, "events.csv");
        File.Delete(events);
        File.CreateSymbolicLink(events, "/dev/zero");
        var rerun = AppRun.Of("rerun", run);
        Assert.Equal(3, rerun.ExitCode);
        Assert.Matches(@"events\.csv\s*│\s*different", rerun.Output);
    }

    /// <summary>A name past the file system's 255 bytes, or a path whose results folder would pass its limit, once failed
    /// with exit 1 after the whole run; graph's --out likewise after drawing. Each is now found first (exit 2), and the
    /// check leaves nothing behind.</summary>
    [Fact]
    public void An_out_too_long_for_the_file_system_is_refused_before_the_work()
    {
        using var temp = new TempFolder();
        string longName = temp.Sub(new string('a', 300));
        // 19 levels of 200 characters: under the 4,096-byte limit itself, past it once the results folder goes inside.
        string deep = Path.Combine([temp.Path, .. Enumerable.Repeat(new string('b', 200), 19)]);
        foreach (string root in new[] { longName, deep })
        {
            var run = AppRun.Of("run", "--out", root, "--reps", "2", "--set", "run.horizonDays=30", "--set", "run.warmupDays=7");
            Assert.True(run.ExitCode == 2, run.Error);
            Assert.Contains("is too long a path, or has too long a name in it, for this file system", run.Error);
            Assert.DoesNotContain("contacts simulated", run.Output);
        }
        // 18 levels leave room for the results folder.
        string roomy = Path.Combine([temp.Path, .. Enumerable.Repeat(new string('b', 200), 18)]);
        Assert.Equal(0, AppRun.Of("run", "--out", roomy, "--reps", "2", "--set", "run.horizonDays=30", "--set", "run.warmupDays=7").ExitCode);
        Assert.Single(Directory.GetDirectories(roomy));

        foreach (var (file, message) in new[]
                 {
                     (longName + ".mmd", "is too long a path, or too long a name, for this file system"),
                     (temp.Sub("no-such-folder/workflow.mmd"), "the folder " + temp.Sub("no-such-folder") + " does not exist"),
                     (temp.Path, "is a folder; give a file name"),
                 })
        {
            var graph = AppRun.Of("graph", "--out", file);
            Assert.Equal(2, graph.ExitCode);
            Assert.Contains(message, graph.Error);
        }
        Assert.Equal(0, AppRun.Of("graph", "--out", temp.Sub("workflow.mmd")).ExitCode);
        Assert.StartsWith("stateDiagram-v2", File.ReadAllText(temp.Sub("workflow.mmd")));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path, ".mashsim-write-check-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void An_output_path_that_is_a_file_exits_2_before_anything_runs()
    {
        using var temp = new TempFolder();
        string file = temp.Sub("not-a-folder");
        File.WriteAllText(file, "keep me");
        var run = AppRun.Of("run", "--out", file, "--reps", "2", "--set", "run.horizonDays=30", "--set", "run.warmupDays=7");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a file", run.Error);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void A_folder_given_as_the_scenario_is_named_as_such()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of("validate", temp.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a folder", run.Error);
    }

    [Fact]
    public void Validate_says_ok_for_a_good_file_and_exits_2_for_a_bad_one()
    {
        var good = AppRun.Of("validate", AppRun.Scenario("scenarios/cumbria-2017-11.yaml"));
        Assert.Equal(0, good.ExitCode);
        Assert.Contains("OK", good.Output);
        Assert.Contains("0 say neither", good.Output);
        var bad = AppRun.Of("validate", AppRun.Scenario("scenarios/cumbria-2017-11.yaml"), "--set", "run.warmupDays=4000");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("run.warmupDays", bad.Error);
    }

    /// <summary>A planner checks every file they have at once (validate scenarios/*.yaml), each reported, every problem of
    /// every file named; an option validate does not have ("--json") was read as a file and said "--json:0:0: no such file".</summary>
    [Fact]
    public void Validate_checks_several_files_at_once_and_names_an_unknown_option_as_such()
    {
        using var temp = new TempFolder();
        string good = AppRun.Scenario("scenarios/cumbria-2017-11.yaml");
        string badStaff = temp.Write("bad-staff.yaml", $"extends: {good}\nname: bad-staff\nmash:\n  staff:\n    socialWorkers: eight\n");
        string badName = temp.Write("bad-name.yaml", $"extends: {good}\nname: my scenario\n");
        var all = AppRun.Of("validate", good, badStaff, badName);
        Assert.Equal(2, all.ExitCode);
        Assert.Contains($"OK {good}", all.Output.Replace("\n", ""));
        Assert.Contains($"{badStaff}:5:20: mash.staff.socialWorkers: expected a whole number", all.Error);
        Assert.Contains($"{badName}:2:1: name: 'my scenario' is used in the results folder name", all.Error);
        Assert.Equal(0, AppRun.Of("validate", good, AppRun.Scenario("scenarios/cumbria-2016-10.yaml")).ExitCode);
        Assert.Contains("--paths lists one scenario's paths", AppRun.Of("validate", "--paths", good, good).Error);

        // Every command with a file or folder argument: rerun said "'./--json' is not a folder", merge "--json: no such folder".
        foreach (var command in new[] { "validate", "run", "compare", "sweep", "staff", "calibrate", "trace", "merge", "rerun" })
        {
            var unknown = AppRun.Of(command, "--json");
            Assert.Equal(2, unknown.ExitCode);
            Assert.Contains($"'--json' is not an option of {command} (see {command} --help), nor a file or folder.", unknown.Error);
        }
    }

    [Fact]
    public void Help_lists_every_command()
    {
        var help = AppRun.Of("--help");
        Assert.Equal(0, help.ExitCode);
        foreach (var command in new[] { "run", "validate", "graph" }) Assert.Contains(command, help.Output);
    }

    [Fact]
    public void Graph_prints_the_checked_in_workflow_diagram()
    {
        var graph = AppRun.Of("graph");
        Assert.Equal(0, graph.ExitCode);
        // The diagram, then a newline and a Mermaid comment saying how to view it.
        static string Diagram(string output) => output.ReplaceLineEndings("\n")[..output.ReplaceLineEndings("\n").LastIndexOf("%% To view:", StringComparison.Ordinal)].TrimEnd('\n');
        string checkedIn = File.ReadAllText(AppRun.Scenario("src/MashSim.Model/Workflows/ContactWorkflow.mmd"));
        Assert.Equal(checkedIn.ReplaceLineEndings("\n").TrimEnd('\n'), Diagram(graph.Output));
        var cases = AppRun.Of("graph", "--workflow", "case");
        Assert.Equal(File.ReadAllText(AppRun.Scenario("src/MashSim.Model/Pathway/Workflows/CaseWorkflow.mmd")).ReplaceLineEndings("\n").TrimEnd('\n'), Diagram(cases.Output));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
