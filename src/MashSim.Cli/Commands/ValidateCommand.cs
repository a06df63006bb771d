using System.CommandLine;
using MashSim.Experiments.Scenarios;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim validate</c>: checks a scenario without running it, and says how many of its figures cite a source.</summary>
public sealed class ValidateCommand(IAnsiConsole terminal)
{
    private readonly ScenarioOptions _scenario = new();

    public Command Build()
    {
        var command = new Command("validate", "Check a scenario file (and its overrides) without running it; exit code 2 and file:line:field errors when it is wrong.");
        _scenario.AddTo(command);
        command.SetAction(parsed =>
        {
            var loaded = _scenario.Load(parsed);
            var kinds = loaded.Provenance.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count());
            terminal.MarkupLine($"[green]OK[/] {Markup.Escape(loaded.Source)}: scenario '{Markup.Escape(loaded.Scenario.Name)}'; " +
                                $"figures in the file: {kinds.GetValueOrDefault(ProvenanceKind.Source)} cite a source, " +
                                $"{kinds.GetValueOrDefault(ProvenanceKind.Assumption)} are marked assumptions, " +
                                $"{kinds.GetValueOrDefault(ProvenanceKind.Unstated)} say neither.");
            return ExitCodes.Success;
        });
        return command;
    }
}
