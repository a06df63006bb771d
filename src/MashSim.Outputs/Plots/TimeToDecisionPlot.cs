using MashSim.Experiments.Results;

namespace MashSim.Outputs.Plots;

/// <summary>The distribution of elapsed hours from contact to decision, over all replications, with the one-working-day line.</summary>
public static class TimeToDecisionPlot
{
    private const double BinHours = 2;

    public static void Write(string path, ExperimentResult result)
    {
        var hours = result.Runs.SelectMany(r => r.DecisionHours).ToArray();
        var plot = new ScottPlot.Plot();
        plot.Title($"Time from contact to decision: {result.Scenario.Name}, {result.Runs.Count} replications");
        plot.XLabel("Hours from contact to threshold decision (elapsed)");
        plot.YLabel("Share of decisions (%)");
        if (hours.Length > 0)
        {
            Array.Sort(hours);
            // Up to the 99th centile (at least three days) so a long tail does not squash the body of the distribution.
            double upper = Math.Max(72, hours[(int)(0.99 * (hours.Length - 1))]);
            int bins = (int)Math.Ceiling(upper / BinHours);
            var counts = new double[bins];
            foreach (double h in hours) counts[Math.Min(bins - 1, (int)(h / BinHours))]++;
            var positions = Enumerable.Range(0, bins).Select(b => (b + 0.5) * BinHours).ToArray();
            var shares = counts.Select(c => 100.0 * c / hours.Length).ToArray();
            var bars = plot.Add.Bars(positions, shares);
            foreach (var bar in bars.Bars)
            {
                bar.Size = BinHours;
                bar.FillColor = ScottPlot.Colors.SteelBlue;
                bar.LineWidth = 0;
            }
            bars.LegendText = $"decisions ({hours.Length:N0} over {result.Runs.Count} replications), {BinHours:0} h bins, the last holding the 1% tail";
            var line = plot.Add.VerticalLine(24);
            line.LinePattern = ScottPlot.LinePattern.Dashed;
            line.LineWidth = 2;
            line.Color = ScottPlot.Colors.OrangeRed;
            line.LegendText = "1 working day (24 h for a contact received on a weekday)";
            plot.ShowLegend(ScottPlot.Alignment.UpperRight);
            plot.Axes.SetLimitsX(0, upper);
            PlotFiles.FloorAtZero(plot, shares, percent: true);
        }
        PlotFiles.Save(plot, path, 1000, 600);
    }
}
