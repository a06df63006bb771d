using System.CommandLine;
using System.Diagnostics;
using MashSim.Experiments.Results;
using MashSim.Experiments.Runs;
using MashSim.Outputs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary>What every command that runs a scenario does: check the options, load, run the replications with progress, write a new results folder.</summary>
public sealed class ScenarioRunner(IAnsiConsole terminal, ErrorWriter error, IOptions<ResultsOptions> results, ILogger<ScenarioRunner> log)
{
    /// <summary>The outcome of a run: an exit code, and on success the results and the folder they were written to.</summary>
    public sealed record Outcome(int ExitCode, ExperimentResult? Result = null, string? Folder = null, TimeSpan Elapsed = default);

    internal Outcome Execute(ParseResult parsed, RunOptions options, CancellationToken cancellation,
        IReadOnlyList<string>? extraOverrides = null, Func<MashSim.Experiments.Scenarios.LoadedScenario, IReadOnlyDictionary<string, string>>? extraFiles = null)
    {
        int threads = parsed.GetValue(options.Threads) ?? ReplicationPlan.DefaultThreads;
        var overrides = options.RunOverrides(parsed);
        overrides.AddRange(extraOverrides ?? []);
        var loaded = options.Scenario.Load(parsed, overrides);
        string root = parsed.GetValue(options.Out) ?? results.Value.Root;
        if (!ThreadsAndFolderAreUsable(threads, root, error)) return new Outcome(ExitCodes.BadInput);

        var scenario = loaded.Scenario;
        var plan = new ReplicationPlan(scenario.Run.Replications, scenario.Run.Seed, threads);
        var startedAt = DateTime.Now;
        terminal.MarkupLine($"[bold]{Markup.Escape(scenario.Name)}[/] from {Markup.Escape(loaded.Source)}: " +
                            $"{plan.Replications} replications of {scenario.Run.HorizonDays} days (warm-up {scenario.Run.WarmupDays}), seed {plan.Seed}, {threads} thread(s)");
        var clock = Stopwatch.StartNew();
        var result = RunWithProgress(scenario, plan, cancellation);
        clock.Stop();

        string folder = ResultsWriter.Write(root, loaded, result, new RunManifest(
            string.Join(' ', parsed.Tokens.Select(t => t.Value).Prepend("mashsim")), threads, startedAt, DateTime.Now), extraFiles?.Invoke(loaded));
        log.LogInformation("Wrote {Folder}", folder);
        return new Outcome(ExitCodes.Success, result, folder, clock.Elapsed);
    }

    /// <summary>Checks, before anything runs, that the thread count is positive and the results folder is not a file; says what is wrong if not.</summary>
    internal static bool ThreadsAndFolderAreUsable(int threads, string root, ErrorWriter error)
    {
        if (threads < 1) error.Writer.WriteLine($"mashsim: --threads must be at least 1, not {threads}.");
        else if (File.Exists(root)) error.Writer.WriteLine($"mashsim: --out: '{root}' is a file; results go in a folder.");
        else return true;
        return false;
    }

    /// <summary>The closing lines every run prints: how much was simulated, whether every contact is accounted for, and where the results are.</summary>
    public void Report(Outcome outcome)
    {
        var accounts = outcome.Result!.Runs.Select(r => r.Account).ToArray();
        bool balanced = accounts.All(a => a.Balances) && outcome.Result.Runs.All(r => r.Cases?.Balances ?? true);
        terminal.MarkupLine($"{accounts.Sum(a => a.Arrived):N0} contacts simulated in {outcome.Elapsed.TotalSeconds:0.0} s; " +
                            $"every one accounted for: {(balanced ? "yes" : "[red]NO[/]")}");
        terminal.MarkupLine($"Results: [link]{Markup.Escape(outcome.Folder!)}[/]");
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
