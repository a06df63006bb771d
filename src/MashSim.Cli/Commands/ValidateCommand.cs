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

    private readonly Argument<string[]> _files = new("scenarios")
    {
        Description = "One or more scenario YAML files, e.g. scenarios/*.yaml (default: the built-in Cumbria November 2017 scenario).",
        Arity = ArgumentArity.ZeroOrMore,
    };
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
        var command = new Command("validate", "Check scenario files (and their overrides) without running them; exit code 2 and file:line:field errors when one is wrong.")
        {
            _files, _scenario.Set, _paths,
        };
        HelpExamples.Add(command, "validate scenarios/*.yaml", "validate --paths scenarios/cumbria-2017-01.yaml",
            "validate scenarios/cumbria-2017-11.yaml --set mash.staff.socialWorkers=13");
        command.SetAction(parsed =>
        {
            string?[] files = parsed.GetValue(_files) is { Length: > 0 } given ? [.. given] : [null];
            if (files.Length > 1 && parsed.GetValue(_paths)) throw new UsageException("--paths lists one scenario's paths: give one file.");
            // Every file is checked, and every problem of every file reported, before the exit code says whether all passed.
            var problems = new List<ScenarioError>();
            foreach (string? file in files)
            {
                try
                {
                    Report(parsed, _scenario.Load(parsed, file));
                }
                catch (ScenarioException e)
                {
                    problems.AddRange(e.Errors);
                }
            }
            if (problems.Count > 0) throw new ScenarioException(problems);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One file's OK line (and its paths, with --paths).</summary>
    private void Report(ParseResult parsed, LoadedScenario loaded)
    {
        if (parsed.GetValue(_paths)) WritePaths(loaded);
        var kinds = loaded.Provenance.Where(p => !p.IsBuiltInDefault).GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count());
        int defaults = loaded.Provenance.Count(p => p.IsBuiltInDefault);
        terminal.MarkupLine($"[green]OK[/] {Markup.Escape(loaded.Source)}: scenario '{Markup.Escape(loaded.Scenario.Name)}'; " +
                            $"figures in the file: {kinds.GetValueOrDefault(ProvenanceKind.Source)} cite a source, " +
                            $"{kinds.GetValueOrDefault(ProvenanceKind.Assumption)} are marked assumptions, " +
                            $"{kinds.GetValueOrDefault(ProvenanceKind.Unstated)} say neither; " +
                            $"{defaults} more left out and taken from the built-in defaults, each cited there.");
    }
}
