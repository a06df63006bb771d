using System.CommandLine;
using MashSim.Cli.Terminal;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Variants;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim validate</c>: checks a scenario without running it, and says how many of its figures cite a source.</summary>
public sealed class ValidateCommand(IAnsiConsole terminal)
{
    private readonly ScenarioOptions _scenario = new();
    private readonly Option<bool> _paths = new("--paths") { Description = "Print every path --set accepts, with its value and where the value came from (the file's source or assumption, or the default)." };

    /// <summary>One line per settable path, "path = value  # provenance", so it can be searched with grep.</summary>
    private void WritePaths(LoadedScenario loaded)
    {
        var entries = SettablePaths.Of(loaded);
        int width = Math.Min(60, entries.Max(e => e.Path.Length + e.Value.Length + 3));
        var output = terminal.Profile.Out.Writer;
        foreach (var entry in entries) output.WriteLine($"{$"{entry.Path} = {entry.Value}".PadRight(width)}  # {entry.Provenance}");
    }

    public Command Build()
    {
        var command = new Command("validate", "Check a scenario file (and its overrides) without running it; exit code 2 and file:line:field errors when it is wrong.");
        _scenario.AddTo(command);
        command.Add(_paths);
        HelpExamples.Add(command, "validate scenarios/cumbria-2017-11.yaml", "validate --paths scenarios/cumbria-2017-01.yaml", "validate scenarios/cumbria-2017-11.yaml --set mash.staff.socialWorkers=13");
        command.SetAction(parsed =>
        {
            var loaded = _scenario.Load(parsed);
            if (parsed.GetValue(_paths)) WritePaths(loaded);
            var kinds = loaded.Provenance.Where(p => !p.IsBuiltInDefault).GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count());
            int defaults = loaded.Provenance.Count(p => p.IsBuiltInDefault);
            terminal.MarkupLine($"[green]OK[/] {Markup.Escape(loaded.Source)}: scenario '{Markup.Escape(loaded.Scenario.Name)}'; " +
                                $"figures in the file: {kinds.GetValueOrDefault(ProvenanceKind.Source)} cite a source, " +
                                $"{kinds.GetValueOrDefault(ProvenanceKind.Assumption)} are marked assumptions, " +
                                $"{kinds.GetValueOrDefault(ProvenanceKind.Unstated)} say neither; " +
                                $"{defaults} more left out and taken from the built-in defaults, each cited there.");
            return ExitCodes.Success;
        });
        return command;
    }
}
