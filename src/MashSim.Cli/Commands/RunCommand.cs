using System.CommandLine;
using MashSim.Cli.Terminal;
using MashSim.Experiments.Calibration;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim run</c>: runs a scenario's replications, prints the outcomes and writes a new results folder.</summary>
public sealed class RunCommand(IAnsiConsole terminal, ScenarioRunner runner)
{
    private readonly RunOptions _options = new();

    public Command Build()
    {
        var command = new Command("run", "Run a scenario's replications and write summary.csv, summary.json, plots and the resolved scenario to results/<scenario>-<time>/.");
        _options.AddTo(command);
        command.SetAction((parsed, cancellation) =>
        {
            var outcome = runner.Execute(parsed, _options, cancellation);
            if (outcome.Result is null) return Task.FromResult(outcome.ExitCode);
            terminal.Write(SummaryTable.Build(outcome.Result));
            if (outcome.Result.Scenario.Calibration.Count > 0) terminal.Write(CalibrationTable.Build(CalibrationRow.Check(outcome.Result)));
            runner.Report(outcome);
            return Task.FromResult(outcome.ExitCode);
        });
        return command;
    }
}
