using System.CommandLine;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios.Editing;
using MashSim.Outputs;
using MashSim.Outputs.EventLog;
using MashSim.Outputs.Traces;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim trace</c>: children's journeys told as timelines for a training room, from one replication or an event log.</summary>
public sealed class TraceCommand(IAnsiConsole terminal)
{
    private readonly ScenarioOptions _scenario = new();
    private readonly Option<int> _children = new("--children") { Description = "How many children to follow (default 10).", DefaultValueFactory = _ => 10 };
    private readonly Option<long?> _seed = new("--seed") { Description = "Master seed for the replication run (default: the scenario's run.seed)." };
    private readonly Option<string> _where = new("--where")
    {
        Description = "Which children: first (the first to arrive), late (decided after one working day or assessed past the limit), rereferred.",
        DefaultValueFactory = _ => "first",
    };

    public Command Build()
    {
        _where.AcceptOnlyFromAmong("first", "late", "rereferred");
        _scenario.File.Description = "A scenario YAML file (runs its first replication), a results folder or an events.csv (reads the log); default: the built-in scenario.";
        var command = new Command("trace", "Print chosen children's journeys as timelines in English dates and working days, each child with a synthetic identity.");
        _scenario.AddTo(command);
        command.Add(_children);
        command.Add(_seed);
        command.Add(_where);
        command.SetAction((parsed, cancellation) => Task.FromResult(Execute(parsed, cancellation)));
        return command;
    }

    private int Execute(ParseResult parsed, CancellationToken cancellation)
    {
        int children = parsed.GetValue(_children);
        if (children < 1) throw new UsageException($"--children must be at least 1, not {children}.");
        var choice = parsed.GetValue(_where) switch { "late" => TraceChoice.Late, "rereferred" => TraceChoice.ReReferred, _ => TraceChoice.First };
        string? file = parsed.GetValue(_scenario.File);
        var log = file is null ? null : Directory.Exists(file) ? Path.Combine(file, EventLogFile.FileName) : file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? file : null;
        if (log is not null)
        {
            if (parsed.GetValue(_seed) is not null) throw new UsageException("--seed is for a scenario's run; an event log already has its run's seed.");
            // A comparison's, sweep's or staffing search's folder holds no log (and no single scenario): said as such, not as a missing file.
            if (!File.Exists(log))
                throw new UsageException($"{log}: not found; trace reads the events.csv of a folder that mashsim run wrote (a comparison, sweep or staffing folder has none), or runs a scenario file.");
            string resolved = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(log))!, ResultsWriter.ResolvedScenarioFile);
            if (!File.Exists(resolved))
                throw new UsageException($"{resolved}: not found; an event log is read with the scenario its run wrote beside it.");
            var ran = ScenarioLoader.Load(resolved);
            Print(ChildTraces.Build(log, ran.Scenario, ran.File.Run.Seed, children, choice), $"{log}, replication 0");
            return ExitCodes.Success;
        }
        var loaded = _scenario.Load(parsed, parsed.GetValue(_seed) is { } seed ? [ScenarioEdit.Set("run.seed", seed, "--seed")] : []);
        string temp = Path.Combine(Path.GetTempPath(), $"mashsim-trace-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            string events = Path.Combine(temp, EventLogFile.FileName);
            // The log's writer chooses the children as it writes; the run disposes it when it ends, which closes the file.
            var choosers = new ChildTraces.Choosers(new ChildTraces.Timescales(loaded.Scenario), children, [choice]);
            SingleRun.Execute(loaded.Scenario, loaded.File.Run.Seed, 0, eventLog: new EventLogFile.Writer(events, loaded.Scenario.Run.Start.ToDateTime(TimeOnly.MinValue), 0, choosers),
                cancellation: cancellation);
            Print(ChildTraces.Tell(events, loaded.Scenario, loaded.File.Run.Seed, choosers.Chosen())[0], $"{loaded.Scenario.Name}, replication 0, seed {loaded.File.Run.Seed}");
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
        return ExitCodes.Success;
    }

    private void Print(IReadOnlyList<Outputs.Reports.ReportTrace> traces, string from)
    {
        terminal.MarkupLine($"[bold]{traces.Count} children's journeys[/] from {Markup.Escape(from)}. Names, ages and families are invented {SyntheticChild.Mark}.");
        if (traces.Count == 0) terminal.MarkupLine("No child in the measured period matches.");
        // Written straight to the output, unwrapped: one line per event, whatever the terminal's width.
        var writer = terminal.Profile.Out.Writer;
        foreach (var trace in traces)
        {
            writer.WriteLine();
            writer.WriteLine(trace.Heading);
            foreach (var line in trace.Lines) writer.WriteLine("  " + line);
        }
    }
}
