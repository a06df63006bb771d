namespace MashSim.Cli.Tests;

public class ShardMergeTests
{
    // Seven replications over four shards: slices of 1, 2, 2 and 2, so uneven slices are covered too.
    private static readonly string[] Short = ["--reps", "7", "--horizon", "60d", "--warmup", "10d"];

    [Fact]
    public void Four_shards_merged_equal_one_unsharded_run_byte_for_byte()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("whole"), "--threads", "2", .. Short]).ExitCode);
        foreach (var shard in new[] { "3/4", "1/4", "4/4", "2/4" })
        {
            var run = AppRun.Of(["run", "--out", temp.Sub("parts"), "--threads", "1", "--shard", shard, .. Short]);
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Contains($"Shard {shard} written", run.Output);
        }
        var parts = Directory.GetDirectories(temp.Sub("parts"));
        Assert.Equal(4, parts.Length);
        Assert.All(parts, p => Assert.Matches(@"cumbria-2017-11-shard-\d-of-4-\d{8}-\d{6}", Path.GetFileName(p)));
        // Only shard 1 holds replication 0's contact log.
        Assert.Single(parts, p => File.Exists(Path.Combine(p, "contacts.csv")));

        var merge = AppRun.Of(["merge", .. parts.Reverse(), "--out", temp.Sub("merged")]);
        Assert.True(merge.ExitCode == 0, merge.Error);
        FolderAssert.IdenticalButManifest(AppRun.OnlyResultsFolder(temp.Sub("whole")), AppRun.OnlyResultsFolder(temp.Sub("merged")));
        Assert.Contains("\"mergedFrom\"", File.ReadAllText(Path.Combine(AppRun.OnlyResultsFolder(temp.Sub("merged")), "manifest.json")));
    }

    [Fact]
    public void Merge_refuses_a_missing_a_repeated_or_a_foreign_shard_and_writes_nothing()
    {
        using var temp = new TempFolder();
        foreach (var shard in new[] { "1/3", "2/3", "3/3" })
        {
            Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("a"), "--shard", shard, .. Short]).ExitCode);
        }
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("other"), "--seed", "5", "--shard", "3/3", .. Short]).ExitCode);
        var a = Directory.GetDirectories(temp.Sub("a")).Order().ToArray();
        string foreign = AppRun.OnlyResultsFolder(temp.Sub("other"));

        foreach (var (folders, message) in new[]
        {
            (new[] { a[0], a[1] }, "shard(s) 3/3 missing"),
            (new[] { a[0], a[1], a[1], a[2] }, "also in"),
            (new[] { a[0], a[1], foreign }, "differs"),
            (new[] { temp.Path }, "partial.json: not found"),
            (new[] { temp.Sub("nowhere") }, "no such folder"),
        })
        {
            var merge = AppRun.Of(["merge", .. folders, "--out", temp.Sub("merged")]);
            Assert.Equal(2, merge.ExitCode);
            Assert.Contains(message, merge.Error);
            Assert.False(Directory.Exists(temp.Sub("merged")));
        }
    }

    [Fact]
    public void A_shard_that_is_damaged_is_refused_naming_the_file()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Path, "--reps", "2", "--horizon", "30d", "--warmup", "5d", "--shard", "1/1"]).ExitCode);
        string folder = AppRun.OnlyResultsFolder(temp.Path);
        string partial = Path.Combine(folder, "partial.json");
        File.WriteAllText(partial, File.ReadAllText(partial)[..200]);
        var merge = AppRun.Of("merge", folder, "--out", temp.Sub("merged"));
        Assert.Equal(2, merge.ExitCode);
        Assert.Contains("partial.json:", merge.Error);
        Assert.False(Directory.Exists(temp.Sub("merged")));
    }

    /// <summary>Damage that reads as JSON but is not what a shard writes: each once merged silently (summed into the report) or failed with an internal error.</summary>
    [Theory]
    [InlineData("\"runs\":[{", "\"runs\":[null,{", "runs[0] is null")]
    [InlineData("\"histograms\":[{\"id\":\"contactToDecisionHours\"", "\"histograms\":[{\"id\":\"nonsense\"", "'nonsense' is not a duration")]
    [InlineData("\"histograms\":[{\"id\":\"contactToDecisionHours\",\"counts\":[", "\"histograms\":[{\"id\":\"contactToDecisionHours\",\"counts\":[7,", "needs 13 counts")]
    [InlineData("\"flows\":{\"contact\":{\"states\":", "\"flows\":{\"contact\":{\"states\":1", "flows: the contact workflow")]
    [InlineData("\"stages\":[{", "\"stages\":[null,{", "stages: an entry")]
    // Figures no run could make, which merged into a report of 500% decided in a day before the shards were checked as runs are.
    [InlineData("\"decisionWithin1WorkingDay\":0.", "\"decisionWithin1WorkingDay\":5.", "decisionWithin1WorkingDay is 5.")]
    [InlineData("\"account\":{\"arrived\":", "\"account\":{\"arrived\":9", "contacts are not conserved")]
    public void A_shard_whose_figures_are_damaged_is_refused_naming_the_file_and_replication(string find, string replace, string message)
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Path, "--reps", "2", "--horizon", "30d", "--warmup", "5d", "--shard", "1/1"]).ExitCode);
        string folder = AppRun.OnlyResultsFolder(temp.Path);
        FileDamage.Replace(Path.Combine(folder, "partial.json"), find, replace);
        var merge = AppRun.Of("merge", folder, "--out", temp.Sub("merged"));
        Assert.Equal(2, merge.ExitCode);
        Assert.Contains("partial.json", merge.Error);
        Assert.Contains(message, merge.Error);
        Assert.False(Directory.Exists(temp.Sub("merged")));
    }

    [Theory]
    [InlineData("0/4", "between 1 and 4")]
    [InlineData("5/4", "between 1 and 4")]
    [InlineData("two", "not a shard like")]
    [InlineData("8/8", "cannot be split into 8 shards")]
    public void A_bad_shard_exits_2_before_anything_runs(string shard, string message)
    {
        using var temp = new TempFolder();
        var run = AppRun.Of(["run", "--out", temp.Sub("results"), "--shard", shard, .. Short]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(Directory.Exists(temp.Sub("results")));
    }
}
