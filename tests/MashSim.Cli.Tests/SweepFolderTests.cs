using MashSim.Experiments.Scenarios.Editing;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Sweeps;
using MashSim.Outputs.Bundles;
using MashSim.Outputs.Folders;
using MashSim.Outputs.Sweeps;

namespace MashSim.Cli.Tests;

/// <summary>A sweep's folder is begun whole (its start-up files together) and named by one rule, finished or not.</summary>
public class SweepFolderTests
{
    private static readonly string Mmc = AppRun.Scenario("scenarios/validation/mmc.yaml");

    private static (SweepSpec Spec, LoadedScenario Loaded) Spec()
    {
        var loaded = ScenarioLoader.Load(Mmc, ScenarioEdit.ParseAll(["run.replications=2", "run.horizonDays=30", "run.warmupDays=7"]));
        return (new SweepSpec(SweepSpec.CurrentFormat, ManifestFile.Version, ScenarioLoader.ToYaml(loaded.File), [SweepAxis.Parse("mash.staff.socialWorkers=3,4")], "1/1"), loaded);
    }

    [Fact]
    public void Two_sweeps_begun_in_the_same_second_get_names_that_resume_and_finish_by_one_rule()
    {
        using var temp = new TempFolder();
        var (spec, loaded) = Spec();
        var now = new DateTime(2026, 1, 2, 3, 4, 5);
        string first = SweepFolder.Begin(temp.Path, "validation-mmc", spec, loaded.Provenance, now);
        string second = SweepFolder.Begin(temp.Path, "validation-mmc", spec, loaded.Provenance, now);
        Assert.Equal("validation-mmc-sweep-20260102-030405.unfinished", Path.GetFileName(first));
        Assert.Equal("validation-mmc-sweep-20260102-030405-2.unfinished", Path.GetFileName(second));
        foreach (var folder in new[] { first, second })
        {
            Assert.Equal(["provenance.csv", "scenario.resolved.yaml", "sweep.json"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        Assert.Empty(Directory.GetDirectories(temp.Path, ResultsFolder.IncompletePrefix + "*"));

        // The printed --resume path of the second works, and it finishes under the same name without the suffix.
        var resumed = AppRun.Of("sweep", "--resume", second, "--threads", "1");
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.True(Directory.Exists(Path.Combine(temp.Path, "validation-mmc-sweep-20260102-030405-2")));

        // A third sweep in that second does not take a name already used by a finished one.
        string third = SweepFolder.Begin(temp.Path, "validation-mmc", spec, loaded.Provenance, now);
        Assert.Equal("validation-mmc-sweep-20260102-030405-3.unfinished", Path.GetFileName(third));
    }

    /// <summary>Runs finishing in the same second with the same name each end under a name of their own (NAME, NAME-2...),
    /// whatever order they finish in. (The move also retries a name taken between its check and the move, a window too
    /// narrow for a test to hit on purpose.)</summary>
    [Fact]
    public void Runs_finishing_together_under_one_name_each_get_a_folder_of_their_own()
    {
        using var temp = new TempFolder();
        var now = new DateTime(2026, 1, 2, 3, 4, 5);
        var folders = Enumerable.Range(0, 24).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => ResultsFolder.Write(temp.Path, "validation-mmc", now, folder => File.WriteAllText(Path.Combine(folder, "made-by"), $"{i}")))
            .ToArray();
        Assert.Equal(
            ["validation-mmc-20260102-030405", .. Enumerable.Range(2, 23).Select(n => $"validation-mmc-20260102-030405-{n}")],
            folders.Select(Path.GetFileName).Order(StringComparer.Ordinal).OrderBy(n => n!.Length));
        Assert.Equal(Enumerable.Range(0, 24).Select(i => $"{i}"), folders.Select(f => File.ReadAllText(Path.Combine(f, "made-by"))).Order().OrderBy(t => t.Length));
        Assert.Equal(24, Directory.GetDirectories(temp.Path).Length);
    }

    /// <summary>A resume started twice (two terminals, a retried cluster job) ran the same points twice and wrote the same
    /// point files at once; the second is now refused while the first holds the folder, and the lock goes with it.</summary>
    [Fact]
    public void A_sweep_folder_is_held_by_one_process_at_a_time()
    {
        using var temp = new TempFolder();
        var (spec, loaded) = Spec();
        string folder = SweepFolder.Begin(temp.Path, "validation-mmc", spec, loaded.Provenance, new DateTime(2026, 1, 2, 3, 4, 5));
        string lockFile = Path.Combine(temp.Path, $".{Path.GetFileName(folder)}.lock");
        using (SweepFolder.Hold(folder))
        {
            Assert.True(File.Exists(lockFile));
            var refused = Assert.Throws<InvalidDataException>(() => SweepFolder.Hold(folder));
            Assert.Contains("another mashsim is running this sweep now", refused.Message);
            var resume = AppRun.Of("sweep", "--resume", folder);
            Assert.Equal(2, resume.ExitCode);
            Assert.Contains("another mashsim is running this sweep now", resume.Error);
        }
        Assert.False(File.Exists(lockFile));
        SweepFolder.Hold(folder).Dispose();
        // Nothing of the lock is inside the folder, so it never reaches the finished sweep's files.
        Assert.DoesNotContain(Directory.GetFiles(folder, "*", SearchOption.AllDirectories), f => f.EndsWith(".lock", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sweep_that_cannot_write_its_start_up_files_leaves_no_folder()
    {
        using var temp = new TempFolder();
        var (spec, _) = Spec();
        // The provenance is the last start-up file: failing there, after sweep.json and the scenario are written, must leave nothing.
        Assert.ThrowsAny<Exception>(() => SweepFolder.Begin(temp.Path, "validation-mmc", spec, null!, DateTime.Now));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }
}
