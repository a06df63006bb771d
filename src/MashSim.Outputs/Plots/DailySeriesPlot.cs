using MashSim.Experiments.Results;

namespace MashSim.Outputs.Plots;

/// <summary>Each daily series (the screening queue; with a pathway, children on plans, caseloads, referrals waiting) by date, its mean over replications with a 95% CI band.</summary>
/// <remarks>
/// The picture that shows whether a run has settled: run with <c>--warmup 0</c> and a long horizon and a series that
/// still climbs at the end says the warm-up is too short (Welch's graphical method, with replications for the band).
/// </remarks>
public static class DailySeriesPlot
{
    /// <summary>Writes <c>&lt;id&gt;-by-day.png</c> into <paramref name="folder"/> for every series; returns the files written.</summary>
    public static IReadOnlyList<string> WriteAll(string folder, ExperimentResult result, IReadOnlyList<DailySeriesSummary> series)
    {
        var run = result.Scenario.Run;
        var written = new List<string>();
        int days = series.Count > 0 ? series[0].Days.Count : 0;
        if (days < 2) return written;
        var dates = Enumerable.Range(0, days).Select(d => run.Start.AddDays(run.WarmupDays + d).ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        foreach (var summary in series)
        {
            var daily = summary.Days;
            var plot = new ScottPlot.Plot();
            plot.Title($"{summary.Label}: {result.Scenario.Name}, {result.Runs.Count} replications");
            plot.YLabel($"{summary.Label} ({(summary.Id == "screeningQueue" ? "contacts" : "children")})");
            if (daily.All(ci => double.IsFinite(ci.Low) && double.IsFinite(ci.High)))
            {
                var band = plot.Add.FillY(dates, daily.Select(ci => ci.Low).ToArray(), daily.Select(ci => ci.High).ToArray());
                band.FillColor = ScottPlot.Colors.SteelBlue.WithAlpha(0.25);
                band.LineWidth = 0;
                band.LegendText = "95% confidence interval";
            }
            var mean = plot.Add.Scatter(dates, daily.Select(ci => ci.Mean).ToArray());
            mean.Color = ScottPlot.Colors.SteelBlue;
            mean.MarkerSize = 0;
            mean.LineWidth = 1.5f;
            mean.LegendText = "mean over replications";
            if (summary.Id.StartsWith("caseload", StringComparison.Ordinal) && result.Scenario.Pathway is { } pathway)
                PlotFiles.TargetLine(plot, pathway.Team.CaseloadCap, $"caseload cap ({pathway.Team.CaseloadCap})");
            PlotFiles.EnglishDateAxis(plot, DateTime.FromOADate(dates[0]), DateTime.FromOADate(dates[^1]), $"Date (the measured period, after {run.WarmupDays} days' warm-up)");
            PlotFiles.NoteWhenAllZero(plot, daily.Select(ci => ci.Mean), summary.Label);
            PlotFiles.FloorAtZero(plot, daily.SelectMany(ci => new[] { ci.Mean, ci.High })
                .Append(summary.Id.StartsWith("caseload", StringComparison.Ordinal) ? result.Scenario.Pathway?.Team.CaseloadCap ?? 0 : 0));
            PlotFiles.LegendBelow(plot);
            string path = Path.Combine(folder, $"{summary.Id}-by-day.png");
            PlotFiles.Save(plot, path, 1000, 520);
            written.Add(path);
        }
        return written;
    }
}
