using System.CommandLine;
using MashSim.Cli.Terminal;
using MashSim.Experiments.Comparison;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Variants;
using MashSim.Outputs;
using MashSim.Outputs.Bundles;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim compare A B ...</c> or <c>mashsim compare A --variant "name: path=value"</c>: runs scenarios with common random numbers and reports each outcome's paired difference from the first.</summary>
public sealed class CompareCommand(IAnsiConsole terminal, ErrorWriter error, IOptions<ResultsOptions> results)
{
    private readonly Argument<string[]> _files = new("scenarios")
    {
        Description = "Two or more scenario files, each compared with the first; or one (default: the built-in scenario) with --variant.",
        Arity = new ArgumentArity(0, 64),
    };
    private readonly Option<string[]> _variants = new("--variant")
    {
        Description = "A named what-if on the one scenario given, as \"name: path=value[; path=value...]\" (the paths --set takes); repeatable. The unedited scenario runs first, as the baseline.",
        HelpName = "\"name: path=value\"",
    };
    private readonly Option<bool> _noBaseline = new("--no-baseline")
    {
        Description = "With --variant: do not run the unedited scenario; the first variant is the baseline.",
    };
    private readonly RunOptions _options = new();

    public Command Build()
    {
        var command = new Command("compare", "Run scenarios with common random numbers (the same seed and streams) and show, for every outcome, the paired difference from the first with its 95% CI: better, worse, or no detectable difference. A run that was overloaded is flagged, and a verdict between two overloaded runs depends on the horizon.")
        {
            _files, _variants, _noBaseline, _options.Scenario.Set,
        };
        _options.AddRunSettingsTo(command);
        HelpExamples.Add(command,
            "compare scenarios/cumbria-2017-01.yaml scenarios/cumbria-2017-01-police-back.yaml",
            "compare scenarios/cumbria-2017-11.yaml --variant \"two more MASH social workers: mash.staff.socialWorkers=13\" --variant \"cap 30: pathway.team.caseloadCap=30\"",
            "compare --variant \"more managers: mash.staff.managers=5\" --reps 10");
        HelpExamples.Note(command, HelpExamples.SetPathsNote);
        command.SetAction((parsed, cancellation) => Task.FromResult(Execute(parsed, cancellation)));
        return command;
    }

    private int Execute(ParseResult parsed, CancellationToken cancellation)
    {
        int threads = parsed.GetValue(_options.Threads) ?? ReplicationPlan.DefaultThreads;
        var files = parsed.GetValue(_files) ?? [];
        var set = parsed.GetValue(_options.Scenario.Set) ?? [];
        var overrides = set.Concat(_options.FixedRunOverrides(parsed, "compare")).ToList();
        var loaded = parsed.GetValue(_variants) is { Length: > 0 } variants
            ? Variants(files, variants, parsed.GetValue(_noBaseline), overrides)
            : Files(files, overrides);
        var scenarios = loaded.Select(l => l.Scenario).ToArray();
        if (scenarios.Length < 2) throw new UsageException("compare needs two scenarios: two files, or one file with --variant (with --no-baseline, two variants).");
        var duplicate = scenarios.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            error.Writer.WriteLine($"mashsim: two scenarios are both called '{duplicate.Key}'; compare scenarios with different names.");
            return ExitCodes.BadInput;
        }
        string root = parsed.GetValue(_options.Out) ?? results.Value.Root;
        CommandChecks.ThreadsAndFolderAreUsable(threads, root);
        CommandChecks.EnoughForConfidenceIntervals("compare", "the paired differences", scenarios[0].Run.Replications);
        foreach (var scenario in scenarios) RunSizeCheck.Before(terminal, scenario, scenario.Run.Replications, threads, root, keepContactsOfFirst: false);

        var plan = new ReplicationPlan(scenarios[0].Run.Replications, scenarios[0].Run.Seed, threads);
        var edits = ScenarioVariant.ModelEdits(set);
        terminal.MarkupLine($"Comparing {scenarios.Length} scenarios, {plan.Replications} replications each, seed {plan.Seed} (common random numbers)" +
                            (edits.Count > 0 ? $"; every one with {Markup.Escape(string.Join("; ", edits))}" : ""));
        var startedAt = DateTime.Now;
        var comparison = ProgressDisplay.Run(terminal, "replications", scenarios.Length * plan.Replications,
            (tick, _) => ScenarioComparison.Run(scenarios, plan, tick, cancellation));
        string folder = ComparisonWriter.Write(root, comparison,
            new RunManifest(CommandChecks.CommandLine(parsed), threads, startedAt, DateTime.Now), loaded);
        terminal.Write(ComparisonTable.Build(comparison));
        OverloadWarnings.Write(terminal, comparison);
        terminal.MarkupLine($"Results: [link]{Markup.Escape(folder)}[/]");
        return ExitCodes.Success;
    }

    /// <summary>Each file as it is; every one runs with the first one's replications and seed, since the pairing is what makes the comparison sharp.</summary>
    private static LoadedScenario[] Files(string[] files, List<string> overrides)
    {
        if (files.Length < 2) throw new UsageException("compare needs two or more scenario files, or one with --variant \"name: path=value\".");
        var first = ScenarioLoader.Load(files[0], overrides).Scenario;
        List<string> paired = [.. overrides, $"run.replications={first.Run.Replications}", $"run.seed={first.Run.Seed}"];
        return files.Select(f => ScenarioLoader.Load(f, paired)).ToArray();
    }

    /// <summary>The one scenario (or the built-in one) unedited, then each variant of it; all share its replications and seed.</summary>
    private static LoadedScenario[] Variants(string[] files, string[] texts, bool noBaseline, List<string> overrides)
    {
        if (files.Length > 1) throw new UsageException("--variant edits one scenario: give one file (or none, for the built-in scenario), not several.");
        ScenarioVariant[] variants;
        try
        {
            variants = texts.Select(ScenarioVariant.Parse).ToArray();
        }
        catch (FormatException e)
        {
            throw new UsageException($"--variant: {e.Message}");
        }
        LoadedScenario Load(IReadOnlyList<string> edits) =>
            files.Length == 1 ? ScenarioLoader.Load(files[0], [.. overrides, .. edits]) : ScenarioLoader.LoadDefault([.. overrides, .. edits]);
        var baseline = noBaseline ? [] : new[] { Load([]) };
        return [.. baseline, .. variants.Select(v => v.Make(Load))];
    }
}
