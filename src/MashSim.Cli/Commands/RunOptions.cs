using System.CommandLine;

namespace MashSim.Cli.Commands;

/// <summary>The options of every command that runs a scenario: the scenario and its overrides, replications, seed, threads, output folder.</summary>
internal sealed class RunOptions
{
    public ScenarioOptions Scenario { get; } = new();
    public Option<int?> Reps { get; } = new("--reps") { Description = "Replications (default: the scenario's run.replications)." };
    public Option<long?> Seed { get; } = new("--seed") { Description = "Master seed (default: the scenario's run.seed)." };
    public Option<int?> Threads { get; } = new("--threads") { Description = "Replications run in parallel (default: one per core). Results do not depend on it." };
    public Option<string?> Out { get; } = new("--out") { Description = "Folder under which the results folder is created (default: results)." };

    public void AddTo(Command command)
    {
        Scenario.AddTo(command);
        AddRunSettingsTo(command);
    }

    /// <summary>Adds only --reps, --seed, --threads and --out, for a command that takes its scenarios its own way.</summary>
    public void AddRunSettingsTo(Command command)
    {
        command.Add(Reps);
        command.Add(Seed);
        command.Add(Threads);
        command.Add(Out);
    }

    /// <summary>--reps and --seed as scenario overrides, so they are checked like any other value.</summary>
    public List<string> RunOverrides(ParseResult parsed)
    {
        var overrides = new List<string>();
        if (parsed.GetValue(Reps) is { } reps) overrides.Add($"run.replications={reps}");
        if (parsed.GetValue(Seed) is { } seed) overrides.Add($"run.seed={seed}");
        return overrides;
    }
}
