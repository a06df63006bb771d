using System.Text.Json;

namespace MashSim.Cli.Tests;

public class RerunCommandTests
{
    private static readonly string[] Short = ["--reps", "3", "--horizon", "45d", "--warmup", "7d"];

    [Fact]
    public void A_run_reruns_from_its_folder_alone_to_byte_identical_files_whatever_the_threads()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("first"), "--threads", "2", .. Short]).ExitCode);
        string first = AppRun.OnlyResultsFolder(temp.Sub("first"));
        // The bundle must not need the scenario it came from: move it somewhere else first.
        string moved = temp.Sub("moved");
        Directory.Move(first, moved);

        var rerun = AppRun.Of("rerun", moved, "--threads", "1", "--out", temp.Sub("again"));
        Assert.True(rerun.ExitCode == 0, rerun.Error + rerun.Output);
        Assert.Contains($"Every one of {FolderAssert.Files(moved).Length} output files is byte-identical", rerun.Output);
        FolderAssert.IdenticalButManifest(moved, AppRun.OnlyResultsFolder(temp.Sub("again")));
    }

    [Fact]
    public void The_manifest_names_the_version_commit_command_seed_threads_times_and_scenario_hash()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Path, "--seed", "42", "--threads", "2", .. Short]).ExitCode);
        string folder = AppRun.OnlyResultsFolder(temp.Path);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var root = manifest.RootElement;
        Assert.StartsWith("0.", root.GetProperty("mashsimVersion").GetString());
        Assert.Equal(42, root.GetProperty("seed").GetInt64());
        Assert.Equal(3, root.GetProperty("replications").GetInt32());
        Assert.Equal(2, root.GetProperty("threads").GetInt32());
        Assert.Contains("--seed 42", root.GetProperty("commandLine").GetString());
        Assert.True(root.GetProperty("finishedAt").GetDateTime() >= root.GetProperty("startedAt").GetDateTime());
        Assert.Equal(["run", "{bundle}/scenario.resolved.yaml", "--provenance", "{bundle}/provenance.csv"],
            root.GetProperty("rerunArguments").EnumerateArray().Select(a => a.GetString()));
        string sha = root.GetProperty("scenarios")[0].GetProperty("sha256").GetString()!;
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, "scenario.resolved.yaml")))), sha);
        // Built from a git clone, the version carries the commit.
        var commit = root.GetProperty("gitCommit");
        if (commit.ValueKind == JsonValueKind.String) Assert.Matches("^[0-9a-f]{7,40}$", commit.GetString()!);
    }

    [Fact]
    public void A_changed_output_is_reported_and_the_exit_code_says_so()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("first"), .. Short]).ExitCode);
        string first = AppRun.OnlyResultsFolder(temp.Sub("first"));
        int files = FolderAssert.Files(first).Length;
        File.AppendAllText(Path.Combine(first, "summary.csv"), "tampered\n");
        File.Delete(Path.Combine(first, "timeseries.csv"));

        var rerun = AppRun.Of("rerun", first, "--out", temp.Sub("again"));
        Assert.Equal(3, rerun.ExitCode);
        Assert.Matches(@"summary\.csv\s*│\s*different", rerun.Output);
        Assert.Matches(@"timeseries\.csv\s*│\s*new in the rerun", rerun.Output);
        Assert.Contains($"2 of {files} files differ", rerun.Output);
    }

    [Fact]
    public void Diagrams_drawn_by_another_graphviz_or_none_do_not_make_a_rerun_differ()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("first"), .. Short]).ExitCode);
        string first = AppRun.OnlyResultsFolder(temp.Sub("first"));
        // One SVG as another Graphviz version draws it, the other gone as on a machine without Graphviz.
        File.WriteAllText(Path.Combine(first, "diagrams", "contact-workflow.svg"), "<svg>drawn elsewhere</svg>");
        File.Delete(Path.Combine(first, "diagrams", "case-workflow.svg"));

        var rerun = AppRun.Of("rerun", first, "--out", temp.Sub("again"));
        Assert.True(rerun.ExitCode == 0, rerun.Output + rerun.Error);
    }

    [Fact]
    public void Compare_and_staffing_folders_rerun_too()
    {
        using var temp = new TempFolder();
        string mmc = AppRun.Scenario("scenarios/validation/mmc.yaml"), mm1 = AppRun.Scenario("scenarios/validation/mm1.yaml");
        Assert.Equal(0, AppRun.Of("compare", mmc, mm1, "--reps", "3", "--horizon", "60d", "--out", temp.Sub("compare")).ExitCode);
        Assert.Equal(0, AppRun.Of("staff", mmc, "--role", "mash.staff.socialWorkers", "--target", "screeningWaitHoursMean <= 0.5",
            "--reps", "3", "--horizon", "60d", "--out", temp.Sub("staff")).ExitCode);
        foreach (var kind in new[] { "compare", "staff" })
        {
            var rerun = AppRun.Of("rerun", AppRun.OnlyResultsFolder(temp.Sub(kind)), "--out", temp.Sub(kind + "-again"));
            Assert.True(rerun.ExitCode == 0, kind + ": " + rerun.Error + rerun.Output);
        }
    }

    [Fact]
    public void A_folder_without_a_manifest_is_refused()
    {
        using var temp = new TempFolder();
        var rerun = AppRun.Of("rerun", temp.Path);
        Assert.Equal(2, rerun.ExitCode);
        Assert.Contains("manifest.json: not found", rerun.Error);
        Assert.Equal(2, AppRun.Of("rerun", temp.Sub("nowhere")).ExitCode);
    }

    /// <summary>A manifest edited to name rerun itself once recursed for ever (a nested scratch folder a level, deaf to Ctrl-C); serve would start a server.</summary>
    [Theory]
    [InlineData("rerun")]
    [InlineData("serve")]
    [InlineData("validate")]
    public void A_manifest_whose_rerun_is_not_a_command_that_makes_a_folder_is_refused(string command)
    {
        using var temp = new TempFolder();
        string folder = temp.Sub("made");
        Directory.CreateDirectory(folder);
        string[] arguments = command == "rerun" ? [command, folder] : [command];
        File.WriteAllText(Path.Combine(folder, "manifest.json"), System.Text.Json.JsonSerializer.Serialize(new { rerunArguments = arguments, mashsimVersion = "x" }));
        var rerun = AppRun.Of("rerun", folder);
        Assert.Equal(2, rerun.ExitCode);
        Assert.Contains($"'{command}' is not a command that makes a results folder", rerun.Error);
        Assert.Equal(["made"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }
}
