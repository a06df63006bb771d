using System.CommandLine;
using MashSim.Cli.Terminal;
using MashSim.Experiments.Comparison;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;
using MashSim.Outputs;
using MashSim.Outputs.Bundles;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim compare A B ...</c>: runs scenarios with common random numbers and reports each outcome's paired difference from the first.</summary>
public sealed class CompareCommand(IAnsiConsole terminal, ErrorWriter error, IOptions<ResultsOptions> results)
{
    private readonly Argument<string[]> _files = new("scenarios") { Description = "Two or more scenario files; each is compared with the first.", Arity = new ArgumentArity(2, 64) };
    private readonly RunOptions _options = new();

    public Command Build()
    {
        var command = new Command("compare", "Run scenarios with common random numbers (the same seed and streams) and show, for every outcome, the paired difference from the first with its 95% CI: better, worse, or no detectable difference.")
        {
            _files, _options.Scenario.Set,
        };
        _options.AddRunSettingsTo(command);
        command.SetAction((parsed, cancellation) => Task.FromResult(Execute(parsed, cancellation)));
        return command;
    }

    private int Execute(ParseResult parsed, CancellationToken cancellation)
    {
        int threads = parsed.GetValue(_options.Threads) ?? ReplicationPlan.DefaultThreads;
        var files = parsed.GetValue(_files)!;
        var overrides = (parsed.GetValue(_options.Scenario.Set) ?? []).Concat(_options.FixedRunOverrides(parsed, "compare")).ToList();
        var first = ScenarioLoader.Load(files[0], overrides).Scenario;
        // Every scenario runs with the first one's replications and seed: the pairing is what makes the comparison sharp.
        overrides.Add($"run.replications={first.Run.Replications}");
        overrides.Add($"run.seed={first.Run.Seed}");
        var loaded = files.Select(f => ScenarioLoader.Load(f, overrides)).ToArray();
        var scenarios = loaded.Select(l => l.Scenario).ToArray();
        var duplicate = scenarios.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            error.Writer.WriteLine($"mashsim: two scenarios are both called '{duplicate.Key}'; compare scenarios with different names.");
            return ExitCodes.BadInput;
        }
        string root = parsed.GetValue(_options.Out) ?? results.Value.Root;
        CommandChecks.ThreadsAndFolderAreUsable(threads, root);
        CommandChecks.EnoughForConfidenceIntervals("compare", "the paired differences", first.Run.Replications);
        foreach (var scenario in scenarios) RunSizeCheck.Before(terminal, scenario, scenario.Run.Replications, threads, root, keepContactsOfFirst: false);

        var plan = new ReplicationPlan(scenarios[0].Run.Replications, scenarios[0].Run.Seed, threads);
        terminal.MarkupLine($"Comparing {scenarios.Length} scenarios, {plan.Replications} replications each, seed {plan.Seed} (common random numbers)");
        var startedAt = DateTime.Now;
        var comparison = ProgressDisplay.Run(terminal, "replications", scenarios.Length * plan.Replications,
            (tick, _) => ScenarioComparison.Run(scenarios, plan, tick, cancellation));
        string folder = ComparisonWriter.Write(root, comparison,
            new RunManifest(CommandChecks.CommandLine(parsed), threads, startedAt, DateTime.Now), loaded);
        terminal.Write(ComparisonTable.Build(comparison));
        terminal.MarkupLine($"Results: [link]{Markup.Escape(folder)}[/]");
        return ExitCodes.Success;
    }
}
