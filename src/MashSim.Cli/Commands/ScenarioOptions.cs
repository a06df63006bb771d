using System.CommandLine;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Editing;
using MashSim.Experiments.Scenarios.Variants;
using MashSim.Experiments.Scenarios.Citations;

namespace MashSim.Cli.Commands;

/// <summary>The scenario argument and <c>--set</c> overrides that every command reading a scenario shares.</summary>
internal sealed class ScenarioOptions
{
    public Argument<string?> File { get; } = new("scenario")
    {
        Description = "A scenario YAML file (default: the built-in Cumbria November 2017 scenario).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "Override one value for this run, as path=value (e.g. mash.staff.socialWorkers=10); repeatable. Every path and its value: mashsim validate --paths FILE.",
        HelpName = "path=value",
    };

    /// <summary>Hidden: the provenance of the figures, from an earlier run's provenance.csv. <c>mashsim rerun</c> passes it, because a resolved scenario keeps the values but not their citations.</summary>
    public Option<string?> Provenance { get; } = new("--provenance") { Hidden = true };

    public void AddTo(Command command)
    {
        command.Add(File);
        command.Add(Set);
        command.Add(Provenance);
    }

    /// <summary>The <c>--set</c> values as edits, each checked once here; throws <see cref="ScenarioException"/> naming the bad one.</summary>
    public IReadOnlyList<ScenarioEdit> Edits(ParseResult parsed) => ScenarioEdit.ParseAll(parsed.GetValue(Set) ?? []);

    /// <summary>The <c>--set</c> edits followed by <paramref name="more"/> (the command's own options as edits), refusing a path given twice.</summary>
    /// <remarks>The later value replaced the first before either was checked, so "--set run.warmupDays=banana --warmup 2d" ran without a word.</remarks>
    public static ScenarioEdit[] Combined(IEnumerable<ScenarioEdit> set, IEnumerable<ScenarioEdit> more)
    {
        var all = set.Concat(more).ToArray();
        if (all.GroupBy(e => e.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new UsageException($"{twice.Key} is given {twice.Count()} times ({string.Join(", ", twice)}), by --set or by the option for it (--reps, --seed, --horizon, --warmup); give it once.");
        return all;
    }

    /// <summary>Loads the scenario named on the command line (or the built-in one) with its <c>--set</c> edits and then <paramref name="more"/>; throws <see cref="ScenarioException"/> on bad input.</summary>
    public LoadedScenario Load(ParseResult parsed, IEnumerable<ScenarioEdit>? more = null) => Load(parsed, parsed.GetValue(File), more);

    /// <summary>Loads the scenario file <paramref name="path"/> (the built-in one when null) with the command line's <c>--set</c> edits and then <paramref name="more"/>.</summary>
    public LoadedScenario Load(ParseResult parsed, string? path, IEnumerable<ScenarioEdit>? more = null)
    {
        var edits = Combined(Edits(parsed), more ?? []);
        var loaded = path is null ? ScenarioLoader.LoadDefault(edits) : ScenarioLoader.Load(path, edits);
        // The user's own edits name the run, so two folders with different --set values can be told apart.
        loaded = ScenarioVariant.Edited(loaded, ScenarioVariant.ModelEdits(Edits(parsed)));
        loaded = parsed.GetValue(Provenance) is { } provenance ? loaded with { Provenance = Outputs.Tables.ProvenanceFile.Read(provenance) } : loaded;
        // A citation docs/sources.md does not define is a warning, not an error: the figures still run.
        foreach (var warning in CitationCheck.Check(loaded)) Console.Error.WriteLine($"warning: {warning}");
        return loaded;
    }
}
