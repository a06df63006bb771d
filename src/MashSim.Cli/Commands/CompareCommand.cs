using System.CommandLine;
using MashSim.Cli.Terminal;
using MashSim.Experiments.Comparison;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Editing;
using MashSim.Experiments.Scenarios.Variants;
using MashSim.Outputs;
using MashSim.Outputs.Bundles;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim compare A B ...</c> or <c>mashsim compare A --variant "name: path=value"</c>: runs scenarios with common random numbers and reports each outcome's paired difference from the first.</summary>
public sealed class CompareCommand(IAnsiConsole terminal, IOptions<ResultsOptions> results)
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
        var edits = ScenarioOptions.Combined(_options.Scenario.Edits(parsed), _options.FixedRunEdits(parsed, "compare")).ToList();
        var scenarios = parsed.GetValue(_variants) is { Length: > 0 } variants
            ? Variants(files, variants, parsed.GetValue(_noBaseline), edits)
            : Files(files, edits);
        if (scenarios.Length < 2) throw new UsageException("compare needs two scenarios: two files, or one file with --variant (with --no-baseline, two variants).");
        var duplicate = scenarios.GroupBy(s => s.Scenario.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new UsageException($"two scenarios are both called '{duplicate.Key}'; compare scenarios with different names.");
        if (ScenarioComparison.WhyNotComparable(scenarios) is { } notComparable) throw new UsageException(notComparable);
        string root = parsed.GetValue(_options.Out) ?? results.Value.Root;
        CommandChecks.ThreadsAndFolderAreUsable(threads, root);
        // Every scenario runs with the first one's replications and seed: the pairing is what makes the comparison sharp.
        var plan = scenarios[0].File.Plan(threads);
        CommandChecks.EnoughForConfidenceIntervals("compare", "the paired differences", plan.Replications);
        foreach (var scenario in scenarios) RunSizeCheck.Before(terminal, scenario.Scenario, plan.Replications, threads, root, writesContactLog: false);

        var modelEdits = ScenarioVariant.ModelEdits(edits);
        terminal.MarkupLine($"Comparing {scenarios.Length} scenarios, {plan.Replications} replications each, seed {plan.Seed} (common random numbers)" +
                            (modelEdits.Count > 0 ? $"; every one with {Markup.Escape(string.Join("; ", modelEdits))}" : ""));
        var startedAt = DateTime.Now;
        var comparison = ProgressDisplay.Run(terminal, "replications", scenarios.Length * plan.Replications,
            (tick, _) => ScenarioComparison.Run(scenarios, plan, tick, cancellation));
        string folder = ComparisonWriter.Write(root, comparison,
            new RunManifest(CommandChecks.CommandLine(parsed), threads, startedAt, DateTime.Now), cancellation);
        terminal.Write(ComparisonTable.Build(comparison));
        OverloadWarnings.Write(terminal, comparison);
        terminal.MarkupLine($"Results: [link]{Markup.Escape(folder)}[/]");
        return ExitCodes.Success;
    }

    /// <summary>Each file as it is, with the command line's edits.</summary>
    private static LoadedScenario[] Files(string[] files, List<ScenarioEdit> edits)
    {
        if (files.Length < 2) throw new UsageException("compare needs two or more scenario files, or one with --variant \"name: path=value\".");
        return files.Select(f => ScenarioLoader.Load(f, edits)).ToArray();
    }

    /// <summary>The one scenario (or the built-in one) unedited, then each variant of it.</summary>
    private static LoadedScenario[] Variants(string[] files, string[] texts, bool noBaseline, List<ScenarioEdit> edits)
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
        var baseline = files.Length == 1 ? ScenarioLoader.Load(files[0], edits) : ScenarioLoader.LoadDefault(edits);
        return [.. noBaseline ? [] : new[] { baseline }, .. variants.Select(v => v.Make(baseline))];
    }
}
