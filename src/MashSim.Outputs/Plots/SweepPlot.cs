using System.Globalization;
using MashSim.Experiments.Sweeps;
using MashSim.Model.Recording;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs.Plots;

/// <summary>One outcome against the first varied value, a line per combination of the others, each with its 95% CI as a band.</summary>
public static class SweepPlot
{
    private static readonly ScottPlot.MarkerShape[] Markers =
        [ScottPlot.MarkerShape.FilledCircle, ScottPlot.MarkerShape.OpenSquare, ScottPlot.MarkerShape.FilledTriangleUp, ScottPlot.MarkerShape.OpenDiamond];

    private static readonly ScottPlot.LinePattern[] Patterns = [ScottPlot.LinePattern.Solid, ScottPlot.LinePattern.Dashed, ScottPlot.LinePattern.Dotted];

    /// <summary>Writes the plot; false (and no file) when no point observed the outcome.</summary>
    public static bool Write(string path, Kpi kpi, SweepGrid grid, IReadOnlyList<SweepPoint> points, string scenarioName)
    {
        if (!points.Any(p => double.IsFinite(p.Summary[kpi.Index].Mean))) return false;
        var first = grid.Axes[0];
        bool numeric = first.Values.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        double Position(int valueIndex) => numeric ? double.Parse(first.Values[valueIndex], CultureInfo.InvariantCulture) : valueIndex;
        double scale = kpi.Unit.Scale;

        var plot = new ScottPlot.Plot();
        plot.Title($"{kpi.Label}: {scenarioName}");
        plot.XLabel(first.Path);
        plot.YLabel(kpi.Unit.AxisLabel);
        var palette = new ScottPlot.Palettes.Category10();
        // Points sharing the values of every axis but the first make one line.
        var lines = points.GroupBy(p => string.Join(", ", p.Values.Skip(1).Select((v, a) => $"{grid.Axes[a + 1].Path}={v}"))).ToArray();
        for (int l = 0; l < lines.Length; l++)
        {
            var line = lines[l].Where(p => double.IsFinite(p.Summary[kpi.Index].Mean))
                .Select(p => (X: Position(first.Values.ToList().IndexOf(p.Values[0])), S: p.Summary[kpi.Index])).OrderBy(p => p.X).ToArray();
            if (line.Length == 0) continue;
            var xs = line.Select(p => p.X).ToArray();
            var color = palette.GetColor(l);
            var withBand = line.Where(p => double.IsFinite(p.S.CiLow) && double.IsFinite(p.S.CiHigh)).ToArray();
            if (withBand.Length > 1)
            {
                var band = plot.Add.FillY(withBand.Select(p => p.X).ToArray(), withBand.Select(p => p.S.CiLow * scale).ToArray(), withBand.Select(p => p.S.CiHigh * scale).ToArray());
                band.FillColor = color.WithAlpha(0.25);
                band.LineWidth = 0;
            }
            var means = plot.Add.Scatter(xs, line.Select(p => p.S.Mean * scale).ToArray());
            means.Color = color;
            means.LineWidth = 2;
            // Lines that coincide (a cap that never binds) stay visible: each has its own marker and dash.
            means.MarkerShape = Markers[l % Markers.Length];
            means.MarkerSize = 7 + 2 * (l % 3);
            means.LinePattern = Patterns[l % Patterns.Length];
            means.LegendText = lines.Length > 1 ? lines[l].Key : "mean, with its 95% confidence interval";
        }
        // A tick at each value varied (when there are few enough to read), not at round numbers between them.
        if (!numeric || first.Values.Count <= 25)
        {
            plot.Axes.Bottom.SetTicks(Enumerable.Range(0, first.Values.Count).Select(Position).ToArray(), first.Values.ToArray());
        }
        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        plot.SavePng(path, 1000, 600);
        return true;
    }
}
