using MashSim.Experiments.Calibration;
using Spectre.Console;

namespace MashSim.Cli.Terminal;

/// <summary>The calibration as a table: each target, its source, the simulated mean and 95% CI, and whether it is within tolerance.</summary>
public static class CalibrationTable
{
    public static Table Build(IReadOnlyList<CalibrationRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Calibration: the model against the reports and national figures")
            .AddColumn("Outcome").AddColumn(new TableColumn("Target").RightAligned()).AddColumn(new TableColumn("Simulated (95% CI)").RightAligned())
            .AddColumn(new TableColumn("Error").RightAligned()).AddColumn("Met").AddColumn("Source");
        foreach (var row in rows)
        {
            var kpi = row.Simulated.Kpi;
            table.AddRow(
                Markup.Escape(kpi.Label),
                kpi.Unit.Show(row.Target.Value) + $" ±{row.Target.Tolerance:P0}",
                SummaryTable.FormatWithInterval(row.Simulated),
                double.IsFinite(row.RelativeError) ? $"{row.RelativeError:+0.0%;-0.0%}" : "-",
                row.Met ? "[green]yes[/]" : "[red]no[/]",
                Markup.Escape(row.Target.Source));
        }
        return table;
    }
}
