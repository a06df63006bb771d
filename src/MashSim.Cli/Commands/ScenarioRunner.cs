using System.CommandLine;
using System.Diagnostics;
using MashSim.Cli.Terminal;
using MashSim.Experiments.Results;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Runs.Checks;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Editing;
using MashSim.Experiments.Scenarios.Variants;
using MashSim.Experiments.Sharding;
using MashSim.Outputs;
using MashSim.Outputs.Bundles;
using MashSim.Outputs.EventLog;
using MashSim.Outputs.Sharding;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary>What every command that runs a scenario does: check the options, load, run the replications with progress, write a new results folder.</summary>
public sealed class ScenarioRunner(IAnsiConsole terminal, IOptions<ResultsOptions> results, ILogger<ScenarioRunner> log)
{
    /// <summary>The outcome of a run: an exit code, and on success the results (null for a shard) and the folder they were written to.</summary>
    public sealed record Outcome(int ExitCode, ExperimentResult? Result = null, string? Folder = null, TimeSpan Elapsed = default)
    {
        /// <summary>The scenario as loaded (its calibration targets, for the commands that show them).</summary>
        public LoadedScenario? Loaded { get; init; }

        /// <summary>With <c>--reps auto</c>: the precision reached on each outcome it was asked of.</summary>
        public SequentialReplications.Answer? Sequential { get; init; }
    }

    /// <summary>How many replications to run when <c>--reps auto</c> asks for a precision rather than a number.</summary>
    internal sealed record AutoReplications(double RelativePrecision, IReadOnlyList<MashSim.Model.Recording.Kpi> Outcomes, int Initial, int Maximum);

    /// <summary>What one command asks of a run: its parsed options, and what it adds.</summary>
    /// <param name="Parsed">The command line.</param>
    /// <param name="Options">The command's scenario and run options.</param>
    internal sealed record Request(ParseResult Parsed, RunOptions Options)
    {
        /// <summary>Edits applied after the command line's (a fitted value).</summary>
        public IReadOnlyList<ScenarioEdit> Edits { get; init; } = [];

        /// <summary>Files the command adds to the results folder, made from the scenario as loaded.</summary>
        public Func<LoadedScenario, IReadOnlyDictionary<string, string>>? ExtraFiles { get; init; }

        /// <summary>Run only this slice of the replications, and write a partial result.</summary>
        public Shard? Shard { get; init; }

        /// <summary>Choose the number of replications by the precision reached (<c>--reps auto</c>).</summary>
        public AutoReplications? Auto { get; init; }

        /// <summary>Which replications' activities go into events.csv.</summary>
        public EventLogScope EventLog { get; init; } = EventLogScope.First;
    }

    /// <summary>Loads the scenario and runs it: every replication, the shard's slice only, or as many as the precision needs.</summary>
    internal Outcome Execute(Request request, CancellationToken cancellation)
    {
        var (parsed, options, shard, auto, eventLog) = (request.Parsed, request.Options, request.Shard, request.Auto, request.EventLog);
        int threads = parsed.GetValue(options.Threads) ?? ReplicationPlan.DefaultThreads;
        // A shard writes no plots or report, so has nothing to warm.
        var warmUp = shard is null ? WriterWarmUp.StartIf(threads) : null;
        var edits = auto is null ? options.FixedRunEdits(parsed, parsed.CommandResult.Command.Name) : options.RunEdits(parsed);
        edits.AddRange(request.Edits);
        var loaded = options.Scenario.Load(parsed, edits);
        string root = parsed.GetValue(options.Out) ?? results.Value.Root;
        CommandChecks.ThreadsAndFolderAreUsable(threads, root);

        var scenario = loaded.Scenario;
        var plan = loaded.File.Plan(threads);
        var (start, end) = (0, plan.Replications);
        if (shard is { } slice)
        {
            try
            {
                (start, end) = slice.Slice(plan.Replications);
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"--shard {slice}: {e.Message}");
            }
        }
        int planned = auto?.Maximum ?? end - start;
        int logged = request.EventLog switch { EventLogScope.All => planned, EventLogScope.First when start == 0 => 1, _ => 0 };
        RunSizeCheck.Before(terminal, scenario, planned, threads, root, writesContactLog: start == 0, logged);
        var startedAt = DateTime.Now;
        string what = auto is not null ? $"replications until every headline outcome is within ±{auto.RelativePrecision:0.#%} (at most {auto.Maximum})"
            : shard is not null ? $"replications {start}-{end - 1} of {plan.Replications} (shard {shard})"
            : $"{plan.Replications} replications";
        terminal.MarkupLine($"[bold]{Markup.Escape(scenario.Name)}[/] from {Markup.Escape(loaded.Source)}: " +
                            $"{what} of {scenario.Run.HorizonDays} days (warm-up {scenario.Run.WarmupDays}), seed {plan.Seed}, {threads} thread(s)");
        if (ScenarioVariant.ModelEdits(options.Scenario.Edits(parsed)) is { Count: > 0 } setEdits)
            terminal.MarkupLine($"Edited with --set: {Markup.Escape(string.Join("; ", setEdits))}");
        var clock = Stopwatch.StartNew();
        string commandLine = CommandChecks.CommandLine(parsed);
        // The event and contact logs stream to staging folders while the replications run; they join the results folder at the end.
        using var logs = new StreamedLogs(root, scenario, plan.Seed, eventLog);

        // A shard always writes a partial, even 1/1, so a job array of any size is merged the same way.
        if (shard is { } part)
        {
            var runs = ProgressDisplay.Run(terminal, "replications", end - start, (tick, _) => Replications.RunRange(scenario, plan, start, end, tick, cancellation, logs.EventsOf, logs.ContactsOf));
            ResultChecks.Require(runs);
            ReleaseTheReplications();
            string partial = ShardMerge.WritePartial(root, loaded, plan, part, runs, new RunManifest(commandLine, threads, startedAt, DateTime.Now), logs.WriteInto, cancellation);
            log.LogInformation("Wrote {Folder}", partial);
            return new Outcome(ExitCodes.Success, null, partial, clock.Elapsed);
        }

        ExperimentResult result;
        SequentialReplications.Answer? sequential = null;
        if (auto is not null)
        {
            sequential = ProgressDisplay.Run(terminal, "replications", auto.Initial, (tick, resize) => SequentialReplications.Run(scenario, plan.Seed, threads, auto.RelativePrecision,
                auto.Outcomes, auto.Initial, auto.Maximum, resize, tick, cancellation, logs.EventsOf, logs.ContactsOf));
            result = sequential.Result;
        }
        else
        {
            result = ProgressDisplay.Run(terminal, "replications", plan.Replications, (tick, _) => Replications.Run(scenario, plan, tick, cancellation, logs.EventsOf, logs.ContactsOf));
        }
        clock.Stop();
        ReleaseTheReplications();
        ResultChecks.Require(result.Runs);
        warmUp?.Wait();
        // A rerun makes the same event log: say so when it is not the default.
        var manifest = new RunManifest(commandLine, threads, startedAt, DateTime.Now)
        {
            RerunArguments = eventLog == EventLogScope.First ? [] : ResultsWriter.RerunArguments("run", "--event-log", eventLog.ToString().ToLowerInvariant()),
        };
        string folder = ResultsWriter.Write(root, loaded, result, manifest, request.ExtraFiles?.Invoke(loaded), logs.WriteInto, logs.ReportChildren, cancellation);
        log.LogInformation("Wrote {Folder}", folder);
        return new Outcome(ExitCodes.Success, result, folder, clock.Elapsed) { Sequential = sequential, Loaded = loaded };
    }

    /// <summary>Collects what the finished replications' models held, and gives the memory back, before the results are written.</summary>
    /// <remarks>
    /// Every model is garbage once its replication returns, but nothing collects it until the writing allocates enough:
    /// the plots, tables and report then sat on top of it. For an England-sized year that took the peak from the run's
    /// own (about 1.0 GB) to 1.1 GB; collected here, the writing starts from about 100 MB. Tens of milliseconds for the default.
    /// </remarks>
    private static void ReleaseTheReplications() => GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>The closing lines every run prints: how much was simulated, whether every contact is accounted for, and where the results are.</summary>
    public void Report(Outcome outcome)
    {
        var accounts = outcome.Result!.Runs.Select(r => r.Account).ToArray();
        bool balanced = accounts.All(a => a.Balances) && outcome.Result.Runs.All(r => r.Cases?.Balances ?? true);
        terminal.MarkupLine($"{accounts.Sum(a => a.Arrived):N0} contacts simulated in {outcome.Elapsed.TotalSeconds:0.0} s; " +
                            $"every one accounted for: {(balanced ? "yes" : "[red]NO[/]")}");
        OverloadWarnings.Write(terminal, outcome.Result);
        if (outcome.Result.Runs.Count == 1) terminal.MarkupLine(OneReplication.Notice);
        terminal.MarkupLine($"Results: [link]{Markup.Escape(outcome.Folder!)}[/]");
    }
}
