using System.CommandLine;
using MashSim.Cli.Terminal;
using MashSim.Experiments.Calibration;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim calibrate</c>: runs a scenario and sets every target it declares (a figure from a report or national statistic) beside the simulated value.</summary>
public sealed class CalibrateCommand(IAnsiConsole terminal, ErrorWriter error, ScenarioRunner runner)
{
    private readonly RunOptions _options = new();

    public Command Build()
    {
        var command = new Command("calibrate", "Run a scenario and compare every calibration target it declares with the simulated mean and 95% CI; writes calibration.csv with the results.");
        _options.AddTo(command);
        command.SetAction((parsed, cancellation) =>
        {
            // Checked before running, so a scenario with nothing to calibrate writes nothing.
            var declared = _options.Scenario.Load(parsed).Scenario;
            if (declared.Calibration.Count == 0)
            {
                error.Writer.WriteLine($"mashsim: the scenario '{declared.Name}' declares no calibration targets (add a 'calibration:' list).");
                return Task.FromResult(ExitCodes.BadInput);
            }
            var outcome = runner.Execute(parsed, _options, cancellation);
            if (outcome.Result is null) return Task.FromResult(outcome.ExitCode);
            var rows = CalibrationRow.Check(outcome.Result);
            terminal.Write(CalibrationTable.Build(rows));
            terminal.MarkupLine($"{rows.Count(r => r.Met)} of {rows.Count} targets met within their tolerance.");
            runner.Report(outcome);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
