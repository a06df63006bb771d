using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Variants;
using MashSim.Outputs.Hints;

namespace MashSim.Web.Scenarios;

/// <summary>The <c>mashsim compare</c> command line that pairs a run with its baseline as the page does.</summary>
/// <remarks>
/// <c>compare SCENARIO --set (baseline's edits) --variant "this run: ..."</c>: the variant is the baseline with this run's
/// edits on top, plus every path the baseline changed and this run did not, put back to the scenario's value.
/// </remarks>
public static class CompareCommandLine
{
    /// <summary>The command line, or null when the two runs are of different scenarios (compare's --variant edits one).</summary>
    public static string? Of(RunRequest baseline, RunRequest current, ScenarioCatalogue.Choice choice, LoadedScenario unedited, string launcher)
    {
        if (baseline.Scenario != current.Scenario) return null;
        var ours = (current.Set ?? []).ToList();
        var ourPaths = ours.Select(PathOf).ToHashSet(StringComparer.Ordinal);
        var original = SettablePaths.Of(unedited).ToDictionary(e => e.Path, e => e.Value, StringComparer.Ordinal);
        foreach (var theirs in baseline.Set ?? [])
        {
            string path = PathOf(theirs);
            if (!ourPaths.Contains(path) && original.TryGetValue(path, out var value)) ours.Add($"{path}={value}");
        }
        if (current.HorizonDays != baseline.HorizonDays && current.HorizonDays is { } h) ours.Add($"run.horizonDays={h}");
        if (current.WarmupDays != baseline.WarmupDays && current.WarmupDays is { } w) ours.Add($"run.warmupDays={w}");
        var words = new List<string> { "compare" };
        if (choice.CommandLineArgument is { } file) words.Add(file);
        words.AddRange(baseline.RunOptionWords());
        foreach (var set in baseline.Set ?? []) words.AddRange(["--set", set]);
        words.AddRange(["--variant", ours.Count > 0 ? $"this run: {string.Join("; ", ours)}" : "this run: run.seed=" + (baseline.Seed ?? unedited.File.Run.Seed)]);
        return $"{launcher} {ShellQuoting.Join(words)}";
    }

    private static string PathOf(string assignment) => assignment.Split('=', 2)[0].Trim();
}
