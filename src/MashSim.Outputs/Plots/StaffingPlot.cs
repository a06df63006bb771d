using MashSim.Experiments.Staffing;
using MashSim.Model.Recording;

namespace MashSim.Outputs.Plots;

/// <summary>For each target of a staffing search: the outcome at every staffing tried (mean, 95% CI), the target line, and the answer marked.</summary>
public static class StaffingPlot
{
    /// <summary>Writes plots/staffing-&lt;outcome&gt;.png (and .svg) for each target into <paramref name="folder"/>; returns the files written.</summary>
    public static IReadOnlyList<string> WriteAll(string folder, StaffingSearch.Answer answer, string scenarioName)
    {
        var written = new List<string>();
        var trials = answer.Evidence.DistinctBy(t => string.Join(",", t.Staff)).OrderBy(t => t.Staff, StaffOrder.Instance).ToList();
        if (trials.Count == 0) return written;
        bool oneRole = answer.Roles.Count == 1;
        string Tick(StaffingSearch.Trial t) => string.Join(" / ", t.Staff);
        double X(int i) => oneRole ? trials[i].Staff[0] : i;
        var targets = trials[0].Results.Select(r => r.Target).ToList();
        for (int k = 0; k < targets.Count; k++)
        {
            var target = targets[k];
            var kpi = target.Kpi;
            double scale = kpi.Unit.Scale;
            var plot = new ScottPlot.Plot();
            var points = trials.Select((t, i) => (X: X(i), Trial: t, Result: t.Results[k])).Where(p => double.IsFinite(p.Result.Outcome.Mean)).ToList();
            if (points.Count == 0) continue;
            var drawn = new List<double>();
            foreach (var met in new[] { true, false })
            {
                var group = points.Where(p => p.Result.Met == met).ToList();
                if (group.Count == 0) continue;
                var xs = group.Select(p => p.X).ToArray();
                var ys = group.Select(p => p.Result.Outcome.Mean * scale).ToArray();
                var errors = group.Select(p => PlotFiles.ErrorAbove(p.Result.Outcome) * scale).ToArray();
                var colour = met ? ScottPlot.Colors.SteelBlue : ScottPlot.Colors.Gray;
                var bars = plot.Add.ErrorBar(xs, ys, errors);
                bars.YErrorNegative = group.Select(p => PlotFiles.ErrorBelow(p.Result.Outcome) * scale).ToArray();
                bars.Color = colour;
                var markers = plot.Add.ScatterPoints(xs, ys);
                markers.Color = colour;
                markers.MarkerSize = 9;
                markers.MarkerShape = met ? ScottPlot.MarkerShape.FilledCircle : ScottPlot.MarkerShape.OpenCircle;
                markers.LegendText = met ? "meets the target with 95% confidence" : "does not (the CI reaches the wrong side)";
                drawn.AddRange(ys.Zip(errors, (y, e) => y + e));
            }
            PlotFiles.TargetLine(plot, target.Value * scale, $"target: {(target.AtLeast ? "at least" : "at most")} {Format(target.Value * scale, kpi)}");
            drawn.Add(target.Value * scale);
            if (answer.Chosen is { } chosen && points.FirstOrDefault(p => p.Trial.Staff.SequenceEqual(chosen.Staff)) is { Trial: not null } answerPoint)
            {
                var ring = plot.Add.ScatterPoints(new[] { answerPoint.X }, new[] { answerPoint.Result.Outcome.Mean * scale });
                ring.MarkerShape = ScottPlot.MarkerShape.OpenCircle;
                ring.MarkerSize = 22;
                ring.MarkerLineWidth = 2.5f;
                ring.Color = ScottPlot.Colors.Green;
                ring.LegendText = $"the answer: {Tick(chosen)} ({string.Join(" / ", answer.Roles.Select(r => ParameterNames.Of(r.Path)))})";
            }
            string roles = string.Join(" / ", answer.Roles.Select(r => ParameterNames.Of(r.Path)));
            plot.Title($"{kpi.Label} against staffing: {scenarioName}, {points[0].Result.Outcome.Replications} replications each");
            plot.XLabel(oneRole ? roles : $"Staffing tried ({roles})");
            plot.YLabel(kpi.Unit.AxisLabel(kpi.Label));
            if (!oneRole) plot.Axes.Bottom.SetTicks(Enumerable.Range(0, trials.Count).Select(i => (double)i).ToArray(), trials.Select(Tick).ToArray());
            else if (trials.Count <= 25) plot.Axes.Bottom.SetTicks(trials.Select(t => (double)t.Staff[0]).ToArray(), trials.Select(Tick).ToArray());
            double low = points.Min(p => p.X), high = points.Max(p => p.X);
            plot.Axes.SetLimitsX(low - 0.7, high + 0.7);
            PlotFiles.FloorAtZero(plot, drawn, percent: kpi.Unit.IsPercent);
            PlotFiles.LegendBelow(plot);
            string path = Path.Combine(folder, $"staffing-{kpi.Id}.png");
            PlotFiles.Save(plot, path, 1000, 620);
            written.Add(path);
        }
        return written;
    }

    private static string Format(double value, Kpi kpi) =>
        kpi.Unit.IsPercent ? $"{value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}%"
        : $"{value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} {kpi.Unit.Name}";

    /// <summary>Staffing tuples in order, first role first.</summary>
    private sealed class StaffOrder : IComparer<IReadOnlyList<int>>
    {
        public static readonly StaffOrder Instance = new();

        public int Compare(IReadOnlyList<int>? a, IReadOnlyList<int>? b)
        {
            for (int i = 0; i < Math.Min(a!.Count, b!.Count); i++)
                if (a[i] != b[i]) return a[i].CompareTo(b[i]);
            return a.Count.CompareTo(b.Count);
        }
    }
}
