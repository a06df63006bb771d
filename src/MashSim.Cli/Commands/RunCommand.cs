using System.CommandLine;
using System.Diagnostics;
using MashSim.Cli.Terminal;
using MashSim.Experiments.Results;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;
using MashSim.Outputs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim run</c>: runs a scenario's replications, prints the outcomes and writes a new results folder.</summary>
public sealed class RunCommand(IAnsiConsole terminal, ErrorWriter error, IOptions<ResultsOptions> results, ILogger<RunCommand> log)
{
    private readonly ScenarioOptions _scenario = new();
    private readonly Option<int?> _reps = new("--reps") { Description = "Replications (default: the scenario's run.replications)." };
    private readonly Option<long?> _seed = new("--seed") { Description = "Master seed (default: the scenario's run.seed)." };
    private readonly Option<int?> _threads = new("--threads") { Description = "Replications run in parallel (default: one per core). Results do not depend on it." };
    private readonly Option<string?> _out = new("--out") { Description = "Folder under which the results folder is created (default: results)." };

    public Command Build()
    {
        var command = new Command("run", "Run a scenario's replications and write summary.csv, summary.json, plots and the resolved scenario to results/<scenario>-<time>/.");
        _scenario.AddTo(command);
        command.Add(_reps);
        command.Add(_seed);
        command.Add(_threads);
        command.Add(_out);
        command.SetAction((parsed, cancellation) => Task.FromResult(Execute(parsed, cancellation)));
        return command;
    }

    private int Execute(ParseResult parsed, CancellationToken cancellation)
    {
        int threads = parsed.GetValue(_threads) ?? ReplicationPlan.DefaultThreads;
        if (threads < 1)
        {
            error.Writer.WriteLine($"mashsim: --threads must be at least 1, not {threads}.");
            return ExitCodes.BadInput;
        }
        var overrides = new List<string>();
        if (parsed.GetValue(_reps) is { } reps) overrides.Add($"run.replications={reps}");
        if (parsed.GetValue(_seed) is { } seed) overrides.Add($"run.seed={seed}");
        var loaded = _scenario.Load(parsed, overrides);
        string root = parsed.GetValue(_out) ?? results.Value.Root;
        if (File.Exists(root))
        {
            error.Writer.WriteLine($"mashsim: --out: '{root}' is a file; results go in a folder.");
            return ExitCodes.BadInput;
        }
        var scenario = loaded.Scenario;
        var plan = new ReplicationPlan(scenario.Run.Replications, scenario.Run.Seed, threads);

        var startedAt = DateTime.Now;
        terminal.MarkupLine($"[bold]{Markup.Escape(scenario.Name)}[/] from {Markup.Escape(loaded.Source)}: " +
                            $"{plan.Replications} replications of {scenario.Run.HorizonDays} days (warm-up {scenario.Run.WarmupDays}), seed {plan.Seed}, {threads} thread(s)");
        var clock = Stopwatch.StartNew();
        var result = RunWithProgress(scenario, plan, cancellation);
        clock.Stop();

        string folder = ResultsWriter.Write(root, loaded, result, new RunManifest(
            string.Join(' ', parsed.Tokens.Select(t => t.Value).Prepend("mashsim")),
            threads, startedAt, DateTime.Now));
        log.LogInformation("Wrote {Folder}", folder);

        terminal.Write(SummaryTable.Build(result));
        var account = result.Runs.Select(r => r.Account).ToArray();
        terminal.MarkupLine($"{account.Sum(a => a.Arrived):N0} contacts simulated in {clock.Elapsed.TotalSeconds:0.0} s; " +
                            $"every one accounted for: {(account.All(a => a.Balances) ? "yes" : "[red]NO[/]")}");
        terminal.MarkupLine($"Results: [link]{Markup.Escape(folder)}[/]");
        return ExitCodes.Success;
    }

    private ExperimentResult RunWithProgress(MashSim.Model.Parameters.Scenario scenario, ReplicationPlan plan, CancellationToken cancellation)
    {
        if (!terminal.Profile.Capabilities.Interactive)
        {
            return Replications.Run(scenario, plan, keepContactsOfFirst: true, cancellation: cancellation);
        }
        ExperimentResult? result = null;
        terminal.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("replications", maxValue: plan.Replications);
                result = Replications.Run(scenario, plan, () => task.Increment(1), keepContactsOfFirst: true, cancellation: cancellation);
            });
        return result!;
    }
}
