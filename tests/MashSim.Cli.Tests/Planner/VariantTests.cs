using System.Text.Json;

namespace MashSim.Cli.Tests.Planner;

public class VariantTests
{
    private static readonly string Mmc = AppRun.Scenario("scenarios/validation/mmc.yaml");
    private static readonly string[] Short = ["--reps", "3", "--horizon", "60d", "--warmup", "5d"];

    [Fact]
    public void Compare_with_variants_equals_compare_with_the_same_edits_written_as_files_figure_for_figure()
    {
        using var temp = new TempFolder();
        string four = Path.Combine(temp.Path, "four.yaml");
        File.WriteAllText(four, $"extends: {Mmc}\nname: four-workers\nmash:\n  staff:\n    socialWorkers: 4\n");
        string slower = Path.Combine(temp.Path, "slower.yaml");
        File.WriteAllText(slower, $"extends: {Mmc}\nname: slower\nmash:\n  staff:\n    socialWorkers: 4\n  screeningMinutes: {{ dist: exponential, mean: 70 }}\n");

        var files = AppRun.Of(["compare", Mmc, four, slower, .. Short, "--out", temp.Sub("files")]);
        Assert.True(files.ExitCode == 0, files.Error);
        var variants = AppRun.Of(["compare", Mmc, "--variant", "four workers: mash.staff.socialWorkers=4",
            "--variant", "slower: mash.staff.socialWorkers=4; mash.screeningMinutes={dist: exponential, mean: 70}", .. Short, "--out", temp.Sub("variants")]);
        Assert.True(variants.ExitCode == 0, variants.Error);

        string fromFiles = File.ReadAllText(Path.Combine(AppRun.OnlyResultsFolder(temp.Sub("files")), "comparison.csv"));
        string fromVariants = File.ReadAllText(Path.Combine(AppRun.OnlyResultsFolder(temp.Sub("variants")), "comparison.csv"));
        Assert.Equal(fromFiles, fromVariants);
        Assert.Contains(",four-workers,", fromVariants);
        Assert.Contains("better", fromVariants);
    }

    [Fact]
    public void Without_a_baseline_the_first_variant_is_compared_with_and_bad_variants_exit_2()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of(["compare", Mmc, "--no-baseline", "--variant", "four: mash.staff.socialWorkers=4", "--variant", "five: mash.staff.socialWorkers=5", .. Short, "--out", temp.Sub("ok")]);
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = File.ReadAllLines(Path.Combine(AppRun.OnlyResultsFolder(temp.Sub("ok")), "comparison.csv"));
        Assert.Contains(lines, l => l.StartsWith("contacts,contacts,four,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(",validation-mmc,", StringComparison.Ordinal));

        foreach (var bad in new[] { "nothing here: ", "no equals: mash.staff.socialWorkers", "unknown: mash.staff.nobody=3" })
        {
            var failed = AppRun.Of(["compare", Mmc, "--variant", bad, .. Short, "--out", temp.Sub("bad")]);
            Assert.Equal(2, failed.ExitCode);
        }
        Assert.Equal(2, AppRun.Of(["compare", Mmc, Mmc, "--variant", "x: mash.staff.socialWorkers=4", .. Short, "--out", temp.Sub("bad")]).ExitCode);
        Assert.False(Directory.Exists(temp.Sub("bad")));
    }

    [Fact]
    public void A_run_with_set_says_its_edits_in_the_title_the_folder_name_and_the_summary()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of(["run", Mmc, "--set", "mash.staff.socialWorkers=4", "--set", "run.replications=2", .. Short[2..], "--out", temp.Path]);
        Assert.True(run.ExitCode == 0, run.Error);
        string folder = AppRun.OnlyResultsFolder(temp.Path);
        // run.* settings say how long and how often, not what: only the model edit names the run.
        Assert.StartsWith("validation-mmc--socialWorkers-4-", Path.GetFileName(folder), StringComparison.Ordinal);
        Assert.Contains("validation-mmc--socialWorkers-4: ", run.Output);
        Assert.Contains("Edited with --set: mash.staff.socialWorkers=4", run.Output);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")));
        Assert.Equal("validation-mmc--socialWorkers-4", summary.RootElement.GetProperty("scenario").GetString());
        Assert.Contains("Edited: mash.staff.socialWorkers=4", File.ReadAllText(Path.Combine(folder, "scenario.resolved.yaml")));
    }
}
