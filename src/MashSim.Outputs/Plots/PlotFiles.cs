using System.Globalization;
using MashSim.Model.Recording;

namespace MashSim.Outputs.Plots;

/// <summary>What every plot shares so a person reads it without help: PNG with an SVG beside it, English dates, axes that never run below zero, target lines.</summary>
internal static partial class PlotFiles
{
    // Black, so a target never looks like one of the palette's series.
    public static readonly ScottPlot.Color TargetColour = ScottPlot.Colors.Black;

    /// <summary>Saves <paramref name="pngPath"/> and the same plot as SVG beside it (same name, .svg).</summary>
    public static void Save(ScottPlot.Plot plot, string pngPath, int width, int height)
    {
        plot.SavePng(pngPath, width, height);
        string svgPath = Path.ChangeExtension(pngPath, ".svg");
        plot.SaveSvg(svgPath, width, height);
        File.WriteAllText(svgPath, NumberClipIdsFromOne(File.ReadAllText(svgPath)));
    }

    /// <summary>
    /// Skia numbers the SVG's clip paths (cl_N) from a counter shared by the whole process, so the same plot drawn
    /// twice differs; renumbered in order of appearance, the same data give the same bytes (reruns and merges compare them).
    /// </summary>
    internal static string NumberClipIdsFromOne(string svg)
    {
        var renumbered = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!renumbered.TryGetValue(m.Value, out var id)) renumbered[m.Value] = id = $"cl_{renumbered.Count + 1}";
            return id;
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial System.Text.RegularExpressions.Regex ClipId();

    /// <summary>
    /// Dates on the bottom axis (x as OADate) the English way: a tick at the start of every month, quarter or half-year
    /// labelled "Apr 2019" (spans of a few weeks get weekly ticks, "1 Apr 2019"); months are named by the invariant culture,
    /// which is English, because the app runs in globalization-invariant mode.
    /// </summary>
    public static void EnglishDateAxis(ScottPlot.Plot plot, DateTime first, DateTime last, string label)
    {
        double spanDays = Math.Max(1, (last - first).TotalDays);
        int stride = spanDays <= 430 ? 1 : spanDays <= 1100 ? 3 : spanDays <= 2200 ? 6 : 12;
        var ticks = new List<DateTime>();
        for (var month = new DateTime(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
            if (month >= first && (month.Month - 1) % stride == 0) ticks.Add(month);
        string format = "MMM yyyy";
        if (ticks.Count < 3)
        {
            ticks = Enumerable.Range(0, (int)(spanDays / 7) + 1).Select(w => first.Date.AddDays(7 * w)).Where(d => d <= last).ToList();
            format = "d MMM yyyy";
        }
        plot.Axes.Bottom.SetTicks(ticks.Select(d => d.ToOADate()).ToArray(), ticks.Select(d => d.ToString(format, CultureInfo.InvariantCulture)).ToArray());
        // Room after the last day so the last label is not cut off at the edge.
        plot.Axes.SetLimitsX(first.AddDays(-spanDays * 0.01).ToOADate(), last.AddDays(spanDays * 0.05).ToOADate());
        plot.XLabel(label);
    }

    /// <summary>Says so on the plot when every value drawn is zero, since a line along the axis is easily missed.</summary>
    public static void NoteWhenAllZero(ScottPlot.Plot plot, IEnumerable<double> values, string what)
    {
        if (values.Any(v => double.IsFinite(v) && v != 0)) return;
        plot.Add.Annotation($"{what}: zero on every day of every replication (the line runs along the axis)", ScottPlot.Alignment.MiddleCenter);
    }

    /// <summary>
    /// Counts, times and shares are never below zero: the axis starts at 0 and reaches a little above the highest value
    /// drawn (shares stop at 100%); a series that is zero throughout gets a 0-to-1 axis rather than -1 to 1.
    /// </summary>
    public static void FloorAtZero(ScottPlot.Plot plot, IEnumerable<double> valuesDrawn, bool percent = false)
    {
        double max = valuesDrawn.Where(double.IsFinite).DefaultIfEmpty(0).Max();
        double top = max <= 0 ? 1 : max * 1.08;
        if (percent) top = Math.Min(top, 102);
        plot.Axes.SetLimitsY(0, top);
    }

    /// <summary>How far a mean's 95% interval reaches above it (0 without one): bars are drawn from each end, since an interval cut at 0 or 100% is not symmetric.</summary>
    public static double ErrorAbove(MashSim.Experiments.Results.OutcomeSummary summary) => double.IsFinite(summary.CiHigh) ? summary.CiHigh - summary.Mean : 0;

    /// <summary>How far it reaches below.</summary>
    public static double ErrorBelow(MashSim.Experiments.Results.OutcomeSummary summary) => double.IsFinite(summary.CiLow) ? summary.Mean - summary.CiLow : 0;

    /// <summary>A dashed horizontal line at <paramref name="value"/>, named in the legend.</summary>
    public static void TargetLine(ScottPlot.Plot plot, double value, string label)
    {
        var line = plot.Add.HorizontalLine(value);
        line.LinePattern = ScottPlot.LinePattern.Dashed;
        line.LineWidth = 2;
        line.Color = TargetColour;
        line.LegendText = label;
    }

    /// <summary>The legend under the plot, so it never covers a point.</summary>
    public static void LegendBelow(ScottPlot.Plot plot)
    {
        plot.ShowLegend(ScottPlot.Edge.Bottom);
    }

    /// <summary>
    /// A statutory or practice limit to draw against an outcome, in the outcome's unit: one working day for hours to
    /// decision, 45 working days for an assessment's length, the caseload cap for caseloads. Null where there is none.
    /// </summary>
    public static (double Value, string Label)? Target(Kpi kpi, int? caseloadCap)
    {
        if (kpi == Kpi.HoursToDecisionMean || kpi == Kpi.HoursToDecisionP90) return (24, "1 working day (24 h for a weekday contact)");
        if (kpi == Kpi.AssessmentWorkingDaysMedian) return (45, "45 working days (statutory limit)");
        if ((kpi == Kpi.CaseloadMean || kpi == Kpi.CaseloadMax) && caseloadCap is { } cap) return (cap, $"caseload cap ({cap})");
        return null;
    }
}
