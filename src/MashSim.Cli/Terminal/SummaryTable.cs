using System.Globalization;
using MashSim.Experiments.Results;
using MashSim.Model.Recording;
using Spectre.Console;

namespace MashSim.Cli.Terminal;

/// <summary>The outcomes as a table a planner reads: mean and 95% confidence interval, shares as percentages.</summary>
public static class SummaryTable
{
    public static Table Build(ExperimentResult result)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"{Markup.Escape(result.Scenario.Name)}: {result.Runs.Count} replications, seed {result.Plan.Seed}")
            .AddColumn("Outcome").AddColumn(new TableColumn("Mean").RightAligned()).AddColumn(new TableColumn("95% CI").RightAligned());
        // Outcomes this scenario cannot observe (the pathway's, in a front-door-only run) stay in the files, not on screen.
        foreach (var s in result.Summary.Where(s => s.HasObservations))
        {
            table.AddRow(Markup.Escape(s.Kpi.Label), s.Kpi.Unit.Show(s.Mean),
                s.Replications > 1 ? $"{s.Kpi.Unit.Show(s.CiLow)} - {s.Kpi.Unit.Show(s.CiHigh)}" : "no observations");
        }
        return table;
    }

    /// <summary>"mean (low - high)": an outcome with its 95% confidence interval, in one cell.</summary>
    public static string FormatWithInterval(OutcomeSummary summary) =>
        $"{summary.Kpi.Unit.Show(summary.Mean)} ({summary.Kpi.Unit.Show(summary.CiLow)} - {summary.Kpi.Unit.Show(summary.CiHigh)})";
}
