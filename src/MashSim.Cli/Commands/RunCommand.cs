using System.CommandLine;
using System.Globalization;
using MashSim.Cli.Terminal;
using MashSim.Experiments.Calibration;
using MashSim.Experiments.Results;
using MashSim.Model.Recording;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim run</c>: runs a scenario's replications, prints the outcomes and writes a new results folder.</summary>
public sealed class RunCommand(IAnsiConsole terminal, ScenarioRunner runner)
{
    private readonly RunOptions _options = new();
    private readonly Option<string?> _precision = new("--precision")
    {
        Description = "With --reps auto: the largest 95% half-width allowed, as a share of the mean (default 5%).", HelpName = "5%",
    };
    private readonly Option<string[]> _precisionOf = new("--precision-of")
    {
        Description = "With --reps auto: the outcomes that must be that precise (default: the headline outcomes); repeatable.", HelpName = "outcome",
    };
    private readonly Option<int?> _maxReps = new("--max-reps") { Description = "With --reps auto: the most replications to run (default 1000)." };
    private readonly ShardOption _shard = new("replications");
    private readonly Option<string> _eventLog = new("--event-log")
    {
        Description = "Which replications' activities go to events.csv: first (default), all or none.", HelpName = "first|all|none",
        DefaultValueFactory = _ => "first",
    };

    public Command Build()
    {
        var command = new Command("run", "Run a scenario's replications and write summary.csv, summary.json, plots and the resolved scenario to results/<scenario>-<time>/.");
        _options.AddTo(command);
        _options.Reps.Description = "Replications (default: the scenario's run.replications), or auto: add replications until --precision is reached.";
        command.Add(_precision);
        command.Add(_precisionOf);
        command.Add(_maxReps);
        command.Add(_shard.Option);
        command.Add(_eventLog);
        HelpExamples.Add(command, "run scenarios/cumbria-2017-11.yaml --reps 20", "run --set mash.staff.socialWorkers=13", "run --reps auto --precision 5%");
        HelpExamples.Note(command, HelpExamples.OutcomeIdsNote("--precision-of"));
        HelpExamples.Note(command, HelpExamples.SetPathsNote);
        command.SetAction((parsed, cancellation) =>
        {
            var shard = _shard.Read(parsed);
            var auto = AutoReplications(parsed);
            if (auto is not null && shard is not null) throw new UsageException("--shard needs a fixed number of replications, not --reps auto: every shard must agree on the slices.");
            var outcome = runner.Execute(new ScenarioRunner.Request(parsed, _options) { Shard = shard, Auto = auto, EventLog = EventLogScope(parsed) }, cancellation);
            if (outcome.ExitCode != ExitCodes.Success) return Task.FromResult(outcome.ExitCode);
            if (outcome.Result is null)
            {
                terminal.MarkupLine($"Shard {shard} written: [link]{Markup.Escape(outcome.Folder!)}[/]");
                terminal.MarkupLine($"When every shard has run, combine them with: {Markup.Escape(Outputs.Hints.Launcher.Hint("merge FOLDER..."))}");
                return Task.FromResult(outcome.ExitCode);
            }
            terminal.Write(SummaryTable.Build(outcome.Result));
            var targets = outcome.Loaded!.File.Calibration;
            if (targets.Count > 0) terminal.Write(CalibrationTable.Build(CalibrationRow.Check(targets, outcome.Result)));
            if (outcome.Sequential is { } sequential) ReportPrecision(sequential, auto!);
            runner.Report(outcome);
            return Task.FromResult(outcome.ExitCode);
        });
        return command;
    }

    private ScenarioRunner.AutoReplications? AutoReplications(ParseResult parsed)
    {
        bool auto = _options.AutoReps(parsed);
        if (!auto)
        {
            if (parsed.GetValue(_precision) is not null || parsed.GetValue(_precisionOf) is { Length: > 0 } || parsed.GetValue(_maxReps) is not null)
                throw new UsageException("--precision, --precision-of and --max-reps go with --reps auto.");
            return null;
        }
        double precision = ParsePrecision(parsed.GetValue(_precision) ?? "5%");
        var outcomes = parsed.GetValue(_precisionOf) is { Length: > 0 } ids
            ? ids.SelectMany(i => i.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(OutcomeById).ToArray()
            : HeadlineOutcomes.All;
        int maximum = parsed.GetValue(_maxReps) ?? 1000;
        if (maximum < 3) throw new UsageException($"--max-reps must be at least 3, not {maximum}.");
        // Start from a handful: enough for a first estimate of the spread, few enough not to waste runs on an easy target.
        return new ScenarioRunner.AutoReplications(precision, outcomes, Math.Min(10, maximum), maximum);
    }

    private void ReportPrecision(Experiments.Runs.SequentialReplications.Answer answer, ScenarioRunner.AutoReplications auto)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"--reps auto: {answer.Result.Runs.Count} replications, target ±{auto.RelativePrecision:0.#%} of the mean")
            .AddColumn("Outcome").AddColumn(new TableColumn("Mean").RightAligned()).AddColumn(new TableColumn("95% half-width").RightAligned())
            .AddColumn(new TableColumn("of the mean").RightAligned()).AddColumn("Precise enough");
        foreach (var p in answer.Precisions)
        {
            table.AddRow(Markup.Escape(p.Kpi.Label), p.Kpi.Unit.Show(p.Mean), p.Kpi.Unit.Show(p.HalfWidth),
                double.IsFinite(p.Relative) ? p.Relative.ToString("0.0%", CultureInfo.InvariantCulture) : "-", p.Met ? "[green]yes[/]" : "[red]no[/]");
        }
        terminal.Write(table);
        terminal.MarkupLine(answer.Reached
            ? $"Every outcome asked for reached ±{auto.RelativePrecision:0.#%} after [bold]{answer.Result.Runs.Count}[/] replications."
            : $"[red]Stopped at --max-reps {auto.Maximum}: not every outcome reached ±{auto.RelativePrecision:0.#%}.[/]");
    }


    private Outputs.EventLog.EventLogScope EventLogScope(ParseResult parsed) => parsed.GetValue(_eventLog)?.Trim().ToLowerInvariant() switch
    {
        "first" => Outputs.EventLog.EventLogScope.First,
        "all" => Outputs.EventLog.EventLogScope.All,
        "none" => Outputs.EventLog.EventLogScope.None,
        var other => throw new UsageException($"--event-log: '{other}' is not first, all or none."),
    };

    /// <summary>Reads "5%" or "0.05" as 0.05.</summary>
    internal static double ParsePrecision(string text)
    {
        string trimmed = text.Trim();
        bool percent = trimmed.EndsWith('%');
        if (!double.TryParse(percent ? trimmed[..^1] : trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            throw new UsageException($"--precision: '{text}' is not a share like 5% or 0.05.");
        double share = percent ? value / 100 : value;
        return share is > 0 and < 1 ? share : throw new UsageException($"--precision: '{text}' must be above 0% and below 100%.");
    }

    private static Kpi OutcomeById(string id) =>
        Kpi.TryById(id, out var kpi) ? kpi : throw new UsageException($"--precision-of: '{id}' is not an outcome id; see summary.csv or the README.");
}
