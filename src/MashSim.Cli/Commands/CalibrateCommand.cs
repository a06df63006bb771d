using System.CommandLine;
using MashSim.Cli.Terminal;
using MashSim.Experiments.Calibration;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Variants;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim calibrate</c>: runs a scenario and sets every target it declares beside the simulated value; with <c>--fit</c>, first fits the named parameters to the targets.</summary>
public sealed class CalibrateCommand(IAnsiConsole terminal, ScenarioRunner runner)
{
    private readonly RunOptions _options = new();
    private readonly Option<string?> _fit = new("--fit")
    {
        Description = "Fit these numeric parameters to the targets (comma-separated paths, e.g. population.knownChildren.shareOfContacts,pathway.team.socialWorkers), then write scenario.fitted.yaml.",
        HelpName = "path,path",
    };
    private const int MaxFitReps = 1000, MaxFitIterations = 10_000;

    private readonly Option<int> _fitReps = new("--fit-reps") { Description = "Replications per evaluation while fitting.", DefaultValueFactory = _ => 4 };
    private readonly Option<int> _fitIterations = new("--fit-iterations") { Description = "The most simplex iterations the fit may take.", DefaultValueFactory = _ => 60 };

    public Command Build()
    {
        var command = new Command("calibrate", "Run a scenario and compare every calibration target it declares with the simulated mean and 95% CI; writes calibration.csv with the results.");
        HelpExamples.Add(command, "calibrate", "calibrate scenarios/cumbria-2016-10.yaml --fit pathway.conferences.slotsPerWorkingDay", "calibrate scenarios/cumbria-2017-11.yaml --reps 10");
        HelpExamples.Note(command, HelpExamples.SetPathsNote);
        _options.AddTo(command);
        command.Add(_fit);
        command.Add(_fitReps);
        command.Add(_fitIterations);
        command.SetAction((parsed, cancellation) => Task.FromResult(Execute(parsed, cancellation)));
        return command;
    }

    private int Execute(ParseResult parsed, CancellationToken cancellation)
    {
        // Checked before running, so a scenario with nothing to calibrate writes nothing.
        var declared = _options.LoadFixed(parsed, "calibrate");
        if (declared.File.Calibration.Count == 0)
            throw new UsageException($"the scenario '{declared.Scenario.Name}' declares no calibration targets (add a 'calibration:' list).");

        ParameterFit.Result? fit = null;
        string? fittedFrom = null;
        if (parsed.GetValue(_fit) is { } fitList)
        {
            fittedFrom = parsed.GetValue(_options.Scenario.File) ?? (File.Exists(ScenarioLoader.DefaultScenarioFile) ? ScenarioLoader.DefaultScenarioFile : null);
            if (fittedFrom is null)
                throw new UsageException($"--fit writes a scenario that extends the one fitted: name the scenario file (e.g. {ScenarioLoader.DefaultScenarioFile}).");
            var paths = fitList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            int reps = parsed.GetValue(_fitReps), iterations = parsed.GetValue(_fitIterations);
            if (paths.Length == 0 || reps < 2 || iterations < 1)
                throw new UsageException("--fit needs at least one parameter path, --fit-reps at least 2 and --fit-iterations at least 1.");
            // Every evaluation runs --fit-reps replications, and a fit takes tens of evaluations: past these it would not end.
            if (reps > MaxFitReps || iterations > MaxFitIterations)
                throw new UsageException($"--fit-reps is at most {MaxFitReps:N0} and --fit-iterations at most {MaxFitIterations:N0}.");
            if (paths.GroupBy(p => p, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
                throw new UsageException($"--fit: {twice.Key} is given twice.");
            // run.horizonDays was fitted like a parameter of the service (and its fitted scenario ran for the fitted length).
            if (paths.FirstOrDefault(ScenarioVariant.IsRunSetting) is { } runSetting)
                throw new UsageException($"--fit {runSetting}: a fit finds values of the service's parameters, not of the run; set run settings with --reps, --seed, --horizon and --warmup.");
            try
            {
                foreach (var path in paths) ScenarioFields.ReadNumber(declared.Scenario, path);
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"--fit {e.Message}");
            }
            var plan = declared.File.Plan(parsed.GetValue(_options.Threads) ?? ReplicationPlan.DefaultThreads) with { Replications = reps };
            terminal.MarkupLine($"Fitting {string.Join(", ", paths)} to {declared.File.Calibration.Count} targets ({reps} replications an evaluation)...");
            var one = SearchEstimate.OneReplication(declared.Scenario, plan, cancellation);
            SearchEstimate.Write(terminal, one, $"each evaluation ({reps} replications; a fit takes tens of them)", SearchEstimate.Of(one, plan, 1));
            fit = ParameterFit.Fit(declared, paths, plan, iterations,
                e => terminal.MarkupLine($"  evaluation {e.Number}: {Markup.Escape(string.Join(", ", e.Values))} -> " +
                                         (e.Invalid is null ? $"objective {e.Objective:G4}" : $"not a valid scenario ({Markup.Escape(e.Invalid)}), scored {e.Objective:G4}") +
                                         $"; best so far {e.Best:G4} ({Markup.Escape(string.Join(", ", e.BestValues))})"), cancellation);
            terminal.Write(FitTable(fit));
            if (!fit.Settled)
                terminal.MarkupLine($"[yellow]The fit did not settle within {iterations} iterations: the fitted values are the best of its {fit.Evaluations} evaluations; more --fit-iterations may find better.[/]");
        }

        string commandLine = CommandChecks.CommandLine(parsed);
        var outcome = runner.Execute(new ScenarioRunner.Request(parsed, _options)
        {
            Edits = fit?.Edits ?? [],
            ExtraFiles = fit is null ? null : loaded => new Dictionary<string, string>
            {
                ["scenario.fitted.yaml"] = FittedScenarioFile.Build(Path.GetFullPath(fittedFrom!), loaded.Scenario.Name, fit, commandLine),
            },
        }, cancellation);
        if (outcome.Result is null) return outcome.ExitCode;
        var rows = CalibrationRow.Check(outcome.Loaded!.File.Calibration, outcome.Result);
        terminal.Write(CalibrationTable.Build(rows));
        terminal.MarkupLine($"{rows.Count(r => r.Met)} of {rows.Count} targets met within their tolerance.");
        if (fit is not null) terminal.MarkupLine($"Fitted scenario: {Markup.Escape(Path.Combine(outcome.Folder!, "scenario.fitted.yaml"))}");
        runner.Report(outcome);
        return ExitCodes.Success;
    }

    private static Table FitTable(ParameterFit.Result fit)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Fit: objective {fit.ObjectiveBefore:G4} -> {fit.ObjectiveAfter:G4} in {fit.Evaluations} evaluations")
            .AddColumn("Parameter").AddColumn(new TableColumn("Start").RightAligned()).AddColumn(new TableColumn("Fitted").RightAligned());
        foreach (var p in fit.Parameters) table.AddRow(Markup.Escape(p.Path), p.Start.ToString("G6"), p.Fitted.ToString("G6"));
        return table;
    }
}
