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
            table.AddRow(Markup.Escape(s.Kpi.Label), Format(s.Kpi, s.Mean),
                s.Replications > 1 ? $"{Format(s.Kpi, s.CiLow)} - {Format(s.Kpi, s.CiHigh)}" : "no observations");
        }
        return table;
    }

    /// <summary>A difference in the outcome's unit, signed; shares in percentage points.</summary>
    public static string FormatDifference(Kpi kpi, double value)
    {
        if (!double.IsFinite(value)) return "-";
        string sign = value > 0 ? "+" : "";
        return kpi.Unit == KpiUnit.Share ? sign + (100 * value).ToString("0.0", CultureInfo.InvariantCulture) + " pts" : sign + Format(kpi, value);
    }

    /// <summary>"mean (low - high)": an outcome with its 95% confidence interval, in one cell.</summary>
    public static string FormatWithInterval(OutcomeSummary summary) =>
        $"{Format(summary.Kpi, summary.Mean)} ({Format(summary.Kpi, summary.CiLow)} - {Format(summary.Kpi, summary.CiHigh)})";

    public static string Format(Kpi kpi, double value)
    {
        if (!double.IsFinite(value)) return "-";
        return kpi.Unit switch
        {
            KpiUnit.Share => (100 * value).ToString("0.0", CultureInfo.InvariantCulture) + "%",
            KpiUnit.Hours => value.ToString("0.0", CultureInfo.InvariantCulture) + " h",
            KpiUnit.PerHour => value.ToString("0.000", CultureInfo.InvariantCulture),
            KpiUnit.Days or KpiUnit.WorkingDays or KpiUnit.Months or KpiUnit.Workers => value.ToString("0.0", CultureInfo.InvariantCulture),
            _ => value.ToString("#,0.0", CultureInfo.InvariantCulture),
        };
    }
}
