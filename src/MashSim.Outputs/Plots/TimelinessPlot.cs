using System.Globalization;
using MashSim.Experiments.Results;
using MashSim.Model.Runs;

namespace MashSim.Outputs.Plots;

/// <summary>For each timeliness measure of the optional processes the scenario switches on (time to MARAC, to a return home interview...), the distribution over all replications with its limit.</summary>
public static class TimelinessPlot
{
    private const int Bins = 40;

    /// <summary>Writes <c>&lt;measure id&gt;.png</c> into <paramref name="folder"/> for every measure the runs recorded; returns the files written.</summary>
    public static IReadOnlyList<string> WriteAll(string folder, ExperimentResult result)
    {
        var written = new List<string>();
        foreach (var measure in result.Runs[0].Timeliness.Select(t => t.Measure))
        {
            var samples = result.Runs.Select(r => r.Timeliness.First(t => t.Measure == measure)).ToArray();
            var values = samples.SelectMany(s => s.Values).ToArray();
            var (target, targetLabel) = (samples[0].Target, samples[0].TargetLabel);
            var plot = new ScottPlot.Plot();
            plot.Title($"{measure.Label}: {result.Scenario.Name}, {result.Runs.Count} replications");
            plot.XLabel($"{measure.Label}, {measure.Unit}");
            plot.YLabel("Share (%)");
            if (values.Length > 0)
            {
                Array.Sort(values);
                // Up to the 99th centile (and past the limit) so a long tail does not squash the body of the distribution.
                double upper = Math.Max(Math.Max(values[(int)(0.99 * (values.Length - 1))], (target ?? 0) * 1.25), 1);
                double width = upper / Bins;
                var counts = new double[Bins];
                foreach (double v in values) counts[Math.Min(Bins - 1, (int)(v / width))]++;
                var shares = counts.Select(c => 100.0 * c / values.Length).ToArray();
                var bars = plot.Add.Bars(Enumerable.Range(0, Bins).Select(b => (b + 0.5) * width).ToArray(), shares);
                foreach (var bar in bars.Bars)
                {
                    bar.Size = width;
                    bar.FillColor = ScottPlot.Colors.SteelBlue;
                    bar.LineWidth = 0;
                }
                bars.LegendText = $"{values.Length:N0} over {result.Runs.Count} replications; the last bar holds the 1% tail";
                if (target is { } limit)
                {
                    var line = plot.Add.VerticalLine(limit);
                    line.LinePattern = ScottPlot.LinePattern.Dashed;
                    line.LineWidth = 2;
                    line.Color = PlotFiles.TargetColour;
                    double within = values.Count(v => v <= limit) / (double)values.Length;
                    line.LegendText = $"{targetLabel}: {(100 * within).ToString("0.0", CultureInfo.InvariantCulture)}% within";
                }
                plot.Axes.SetLimitsX(0, upper);
                PlotFiles.FloorAtZero(plot, shares, percent: true);
            }
            else
            {
                plot.Add.Annotation("no observations in the measured period", ScottPlot.Alignment.MiddleCenter);
            }
            PlotFiles.LegendBelow(plot);
            string path = Path.Combine(folder, $"{measure.Id}.png");
            PlotFiles.Save(plot, path, 1000, 560);
            written.Add(path);
        }
        return written;
    }
}
