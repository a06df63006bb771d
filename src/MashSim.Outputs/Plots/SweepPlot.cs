using System.Globalization;
using MashSim.Experiments.Results;
using MashSim.Experiments.Sweeps;
using MashSim.Model.Recording;

namespace MashSim.Outputs.Plots;

/// <summary>One outcome against the first varied value, a line per combination of the others, each point with its 95% CI as an error bar.</summary>
public static class SweepPlot
{
    private static readonly ScottPlot.MarkerShape[] Markers =
        [ScottPlot.MarkerShape.FilledCircle, ScottPlot.MarkerShape.OpenSquare, ScottPlot.MarkerShape.FilledTriangleUp, ScottPlot.MarkerShape.OpenDiamond];

    private static readonly ScottPlot.LinePattern[] Patterns = [ScottPlot.LinePattern.Solid, ScottPlot.LinePattern.Dashed, ScottPlot.LinePattern.Dotted];

    /// <summary>Writes the plot (PNG and SVG); false (and no file) when no point observed the outcome.</summary>
    public static bool Write(string path, Kpi kpi, SweepGrid grid, IReadOnlyList<SweepPoint> points, string scenarioName)
    {
        if (!points.Any(p => double.IsFinite(p.Summary[kpi.Index].Mean))) return false;
        var first = grid.Axes[0];
        bool numeric = first.Values.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        double Position(int valueIndex) => numeric ? double.Parse(first.Values[valueIndex], CultureInfo.InvariantCulture) : valueIndex;
        double scale = kpi.Unit.Scale;
        var positions = Enumerable.Range(0, first.Values.Count).Select(Position).Order().ToArray();
        double step = positions.Length > 1 ? positions.Zip(positions.Skip(1), (a, b) => b - a).Where(d => d > 0).DefaultIfEmpty(1).Min() : 1;

        var plot = new ScottPlot.Plot();
        int replications = points.Max(p => p.Summary[kpi.Index].Replications);
        plot.Title($"{kpi.Label}: {scenarioName}, {replications} replications per point");
        plot.XLabel(ParameterNames.Of(first.Path));
        plot.YLabel(kpi.Unit.AxisLabel(kpi.Label));
        var palette = new ScottPlot.Palettes.Category10();
        // Points sharing the values of every axis but the first make one line.
        var lines = points.GroupBy(p => string.Join(", ", p.Values.Skip(1).Select((v, a) => $"{ParameterNames.Of(grid.Axes[a + 1].Path)} = {v}"))).ToArray();
        var drawn = new List<double>();
        for (int l = 0; l < lines.Length; l++)
        {
            var line = lines[l].Where(p => double.IsFinite(p.Summary[kpi.Index].Mean))
                .Select(p => (X: Position(first.Values.ToList().IndexOf(p.Values[0])), S: p.Summary[kpi.Index])).OrderBy(p => p.X).ToArray();
            if (line.Length == 0) continue;
            // Lines that coincide (a cap that never binds) stay apart: each is nudged sideways a little, with its own marker and dash.
            double nudge = lines.Length > 1 ? (l - (lines.Length - 1) / 2.0) * step * 0.16 / (lines.Length - 1) : 0;
            var xs = line.Select(p => p.X + nudge).ToArray();
            var ys = line.Select(p => p.S.Mean * scale).ToArray();
            var color = palette.GetColor(l);
            var halfWidths = line.Select(p => PlotFiles.ErrorAbove(p.S) * scale).ToArray();
            var errors = plot.Add.ErrorBar(xs, ys, halfWidths);
            errors.YErrorNegative = line.Select(p => PlotFiles.ErrorBelow(p.S) * scale).ToArray();
            errors.Color = color;
            errors.LineWidth = 1.5f;
            var means = plot.Add.Scatter(xs, ys);
            means.Color = color;
            means.LineWidth = 2;
            means.MarkerShape = Markers[l % Markers.Length];
            means.MarkerSize = 8;
            means.LinePattern = Patterns[l % Patterns.Length];
            means.LegendText = lines.Length > 1 ? lines[l].Key : "mean";
            drawn.AddRange(ys.Zip(halfWidths, (y, h) => y + h));
        }
        var legendNote = plot.Add.Scatter(Array.Empty<double>(), Array.Empty<double>());
        legendNote.LegendText = "bars: 95% confidence interval";
        legendNote.Color = ScottPlot.Colors.Gray;
        if (PlotFiles.Target(kpi, caseloadCap: null) is { } target)
        {
            PlotFiles.TargetLine(plot, target.Value * scale, target.Label);
            drawn.Add(target.Value * scale);
        }
        // A tick at each value varied (when there are few enough to read), not at round numbers between them.
        if (!numeric || first.Values.Count <= 25)
        {
            plot.Axes.Bottom.SetTicks(Enumerable.Range(0, first.Values.Count).Select(Position).ToArray(), first.Values.ToArray());
        }
        plot.Axes.SetLimitsX(positions[0] - step * 0.5, positions[^1] + step * 0.5);
        PlotFiles.FloorAtZero(plot, drawn, percent: kpi.Unit.IsPercent);
        PlotFiles.LegendBelow(plot);
        PlotFiles.Save(plot, path, 1000, 640);
        return true;
    }
}
