using System.CommandLine;
using System.Globalization;
using MashSim.Cli.Terminal;
using MashSim.Outputs.Hints;
using MashSim.Experiments.Results.Saturation;
using MashSim.Experiments.Results;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Limits;
using MashSim.Experiments.Sharding;
using MashSim.Experiments.Sweeps;
using MashSim.Outputs.Bundles;
using MashSim.Outputs.Sweeps;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim sweep FILE --vary path=values ...</c>: a grid of runs with common random numbers, a CSV row per point and a plot per headline outcome.</summary>
public sealed class SweepCommand(IAnsiConsole terminal, ErrorWriter error, IOptions<ResultsOptions> results)
{
    private readonly RunOptions _options = new();
    private readonly Option<string[]> _vary = new("--vary")
    {
        Description = "A value to vary: path=4..10, path=0.5..1:0.1 or path=18,22,26,30; repeat for a grid (every combination).", HelpName = "path=values",
    };
    private readonly ShardOption _shard = new("points");
    private readonly Option<string?> _resume = new("--resume") { Description = "Continue a stopped sweep from its .unfinished folder, running only the points it lacks.", HelpName = "folder" };

    public Command Build()
    {
        var command = new Command("sweep", "Run a scenario over a grid of values with common random numbers; writes sweep.csv (a row per point, every outcome with its 95% CI) and a plot per headline outcome with CI bands. Ctrl-C keeps the finished points; --resume carries on.");
        HelpExamples.Add(command, "sweep --vary mash.staff.socialWorkers=8..14", "sweep --vary mash.staff.socialWorkers=8..14 --vary pathway.team.caseloadCap=20,25,30 --reps 10",
            "sweep --resume results/cumbria-2017-11-sweep-20250101-120000.unfinished");
        HelpExamples.Note(command, HelpExamples.SetPathsNote);
        _options.AddTo(command);
        command.Add(_vary);
        command.Add(_shard.Option);
        command.Add(_resume);
        command.SetAction((parsed, cancellation) => Task.FromResult(parsed.GetValue(_resume) is { } folder ? Resume(parsed, folder, cancellation) : Start(parsed, cancellation)));
        return command;
    }

    private int Start(ParseResult parsed, CancellationToken cancellation)
    {
        var varies = parsed.GetValue(_vary) ?? [];
        if (varies.Length == 0) throw new UsageException("--vary: a sweep needs at least one, e.g. --vary mash.staff.socialWorkers=4..10.");
        SweepGrid grid;
        try
        {
            grid = SweepGrid.Of(varies.Select(SweepAxis.Parse).ToArray());
        }
        catch (FormatException e)
        {
            throw new UsageException($"--vary: {e.Message}");
        }
        var shard = _shard.Read(parsed, grid.Count) ?? Shard.Whole;
        int threads = parsed.GetValue(_options.Threads) ?? ReplicationPlan.DefaultThreads;
        var loaded = _options.LoadFixed(parsed, "sweep");
        string baseYaml = ScenarioLoader.ToYaml(loaded.File);
        // Every point is made and checked before anything runs, so a bad value stops the sweep with nothing written.
        var largest = loaded;
        for (int i = 0; i < grid.Count; i++)
        {
            try
            {
                var point = loaded.With(grid.EditsOf(i));
                if (RunSizeEstimate.Of(point.Scenario, point.File.Run.Replications, threads).Bytes > RunSizeEstimate.Of(largest.Scenario, largest.File.Run.Replications, threads).Bytes) largest = point;
            }
            catch (ScenarioException e)
            {
                throw new UsageException($"--vary: the point {string.Join(", ", grid.EditsOf(i))} is not a valid scenario: " +
                                         string.Join("; ", e.Errors.Select(error => $"{error.Field}: {error.Message}")));
            }
        }
        string root = parsed.GetValue(_options.Out) ?? results.Value.Root;
        CommandChecks.ThreadsAndFolderAreUsable(threads, root);
        RunSizeCheck.Before(terminal, largest.Scenario, largest.File.Run.Replications, threads, root, writesContactLog: false);
        if (loaded.File.Run.Replications == 1) terminal.MarkupLine(OneReplication.Notice);

        var spec = new SweepSpec(SweepSpec.CurrentFormat, ManifestFile.Version, baseYaml, grid.Axes, shard.ToString());
        var startedAt = DateTime.Now;
        string folder = SweepFolder.Begin(root, loaded.Scenario.Name, spec, loaded.Provenance, startedAt);
        terminal.MarkupLine($"Sweeping [bold]{Markup.Escape(loaded.Scenario.Name)}[/] over {grid.Count} point(s){(shard.IsWhole ? "" : $" (shard {shard}: {SweepFolder.Slice(spec).Count()} of them)")}: " +
                            $"{Markup.Escape(string.Join("; ", grid.Axes.Select(a => a.ToString())))}; {loaded.File.Run.Replications} replications each, seed {loaded.File.Run.Seed} (common random numbers)");
        return RunPoints(parsed, folder, spec, loaded, threads, startedAt, loaded.Source, cancellation);
    }

    private int Resume(ParseResult parsed, string folder, CancellationToken cancellation)
    {
        if (parsed.GetValue(_options.Scenario.File) is not null || parsed.GetValue(_vary) is { Length: > 0 } || parsed.GetValue(_shard.Option) is not null
            || parsed.GetValue(_options.Scenario.Set) is { Length: > 0 } || parsed.GetValue(_options.Reps) is not null || parsed.GetValue(_options.Seed) is not null
            || parsed.GetValue(_options.Horizon) is not null || parsed.GetValue(_options.Warmup) is not null || parsed.GetValue(_options.Out) is not null)
            throw new UsageException("--resume continues the sweep as it began; give only the folder (and --threads if you like).");
        folder = Path.TrimEndingDirectorySeparator(folder);
        var spec = SweepFiles.ReadSpec(folder);
        if (!Path.GetFileName(folder).EndsWith(SweepFolder.UnfinishedSuffix, StringComparison.Ordinal))
            throw new UsageException($"--resume: {folder} is a finished sweep; only a folder ending {SweepFolder.UnfinishedSuffix} has points left to run.");
        int threads = parsed.GetValue(_options.Threads) ?? ReplicationPlan.DefaultThreads;
        CommandChecks.ThreadsAndFolderAreUsable(threads, Path.GetDirectoryName(Path.GetFullPath(folder))!);
        terminal.MarkupLine($"Resuming the sweep in {Markup.Escape(folder)}");
        string resolved = Path.Combine(folder, Outputs.ResultsWriter.ResolvedScenarioFile);
        return RunPoints(parsed, folder, spec, ScenarioLoader.LoadText(spec.ScenarioYaml, resolved), threads, DateTime.Now, resolved, cancellation);
    }

    /// <summary>Runs the points the folder lacks, saving each as it finishes; finishes the folder when none is left.</summary>
    /// <remarks>Every point edits one base scenario: as loaded when the sweep begins, from the spec's resolved scenario when it resumes.</remarks>
    private int RunPoints(ParseResult parsed, string folder, SweepSpec spec, LoadedScenario baseScenario, int threads, DateTime startedAt, string source, CancellationToken cancellation)
    {
        using var held = SweepFolder.Hold(folder);
        var grid = spec.Grid();
        var done = SweepFiles.ReadPoints(folder, grid);
        var todo = SweepFolder.Slice(spec).Where(i => !done.ContainsKey(i)).ToArray();
        int reps = baseScenario.File.Run.Replications;
        if (done.Count > 0) terminal.MarkupLine($"{done.Count} point(s) already saved; {todo.Length} to run.");
        try
        {
            ProgressDisplay.Run(terminal, "sweep", todo.Length * reps, (tick, _) =>
            {
                Sweep.Run(grid, baseScenario, todo, threads, point => SweepFiles.WritePoint(folder, point), tick, cancellation);
                return true;
            });
        }
        catch (OperationCanceledException)
        {
            int saved = SweepFiles.ReadPoints(folder, grid).Count;
            error.Writer.WriteLine($"mashsim: stopped; {saved} of {SweepFolder.Slice(spec).Count()} point(s) are saved in {folder}.");
            error.Writer.WriteLine($"mashsim: continue with: {Launcher.Hint($"sweep --resume {ShellQuoting.Quote(folder)}")}");
            return ExitCodes.Cancelled;
        }
        string commandLine = CommandChecks.CommandLine(parsed);
        string finished = SweepFolder.Finish(folder, spec, new RunManifest(commandLine, threads, startedAt, DateTime.Now), baseScenario.File, source);
        terminal.Write(PointsTable(grid, SweepFiles.ReadPoints(finished, grid).Values.ToArray()));
        terminal.MarkupLine($"Results: [link]{Markup.Escape(finished)}[/]");
        return ExitCodes.Success;
    }

    /// <summary>The points with the headline outcomes this scenario observes, mean and 95% CI.</summary>
    private static Table PointsTable(SweepGrid grid, IReadOnlyList<SweepPoint> points)
    {
        var kpis = HeadlineOutcomes.All.Where(k => points.Any(p => double.IsFinite(p.Summary[k.Index].Mean))).ToArray();
        var table = new Table().Border(TableBorder.Rounded).Title("Each point: mean (95% CI)");
        foreach (var axis in grid.Axes) table.AddColumn(new TableColumn(Markup.Escape(axis.Path)).RightAligned());
        foreach (var kpi in kpis) table.AddColumn(new TableColumn(Markup.Escape(kpi.Label)).RightAligned());
        var overloads = points.Select(p => Overload.Of(p.Summary)).ToArray();
        bool anyOverloaded = overloads.Any(o => o.Any);
        if (anyOverloaded) table.AddColumn("Overloaded");
        foreach (var (point, overload) in points.Zip(overloads))
        {
            var cells = point.Values.Select(Markup.Escape).ToList();
            cells.AddRange(kpis.Select(k => SummaryTable.FormatWithInterval(point.Summary[k.Index])));
            if (anyOverloaded) cells.Add(overload.Any ? $"[yellow]{Markup.Escape(overload.Text)}[/]" : "");
            table.AddRow(cells.ToArray());
        }
        return table;
    }

}
