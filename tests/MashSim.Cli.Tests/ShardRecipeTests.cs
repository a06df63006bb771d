using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MashSim.Cli.Tests;

/// <summary>The README's Kubernetes indexed-job recipe works as written: each index's command line, then the merge, equals one run.</summary>
public partial class ShardRecipeTests
{
    [GeneratedRegex(@"completions:\s*(?<n>\d+)")]
    private static partial Regex Completions();

    [GeneratedRegex(@"args:\s*\['(?<command>[^']+)'\]")]
    private static partial Regex Args();

    /// <summary>The pod's command line for one index, as bash expands it with JOB_COMPLETION_INDEX set.</summary>
    private static string[] Expand(string command, int index)
    {
        var start = new ProcessStartInfo("bash", ["-c", $"set -- {command}; printf '%s\\0' \"$@\""]) { RedirectStandardOutput = true };
        start.Environment["JOB_COMPLETION_INDEX"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        string words = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return words.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The pod's arguments to mashsim, kept small (a replication per shard, a short horizon); everything else is the recipe's own.</summary>
    private static string[] Shrunk(string[] words, int completions, string shards)
    {
        var args = words.Skip(1).ToList(); // ./run.sh passes the rest to mashsim
        args[args.IndexOf("--reps") + 1] = completions.ToString(System.Globalization.CultureInfo.InvariantCulture);
        args[args.IndexOf("--out") + 1] = shards;
        return [.. args.Select(a => a.StartsWith("scenarios/", StringComparison.Ordinal) ? AppRun.Scenario(a) : a), "--horizon", "30d", "--warmup", "7d", "--threads", "1"];
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_kubernetes_indexed_job_recipe_merged_equals_one_run()
    {
        string readme = File.ReadAllText(Repository.File("README.md"));
        string job = readme[readme.IndexOf("kind: Job", StringComparison.Ordinal)..];
        int completions = int.Parse(Completions().Match(job).Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        string command = Args().Match(job).Groups["command"].Value;
        Assert.StartsWith("./run.sh run ", command);

        using var temp = new TempFolder();
        string[] first = [];
        for (int index = 0; index < completions; index++)
        {
            var words = Expand(command, index);
            Assert.Equal($"{index + 1}/{completions}", words[Array.IndexOf(words, "--shard") + 1]);
            var args = Shrunk(words, completions, temp.Sub("shards"));
            if (index == 0) first = args;
            var run = AppRun.Of(args);
            Assert.True(run.ExitCode == 0, run.Error);
        }
        Assert.Equal(completions, Directory.GetDirectories(temp.Sub("shards")).Length);
        var merge = AppRun.Of(["merge", .. Directory.GetDirectories(temp.Sub("shards")), "--out", temp.Sub("merged")]);
        Assert.True(merge.ExitCode == 0, merge.Error);

        // The same command without --shard, once.
        var whole = first.ToList();
        int shard = whole.IndexOf("--shard");
        whole.RemoveRange(shard, 2);
        whole[whole.IndexOf("--out") + 1] = temp.Sub("whole");
        Assert.Equal(0, AppRun.Of([.. whole]).ExitCode);
        FolderAssert.IdenticalButManifest(AppRun.OnlyResultsFolder(temp.Sub("whole")), AppRun.OnlyResultsFolder(temp.Sub("merged")));
    }
}
