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
        command.Add(Reps);
        command.Add(Seed);
        command.Add(Threads);
        command.Add(Out);
    }
}
