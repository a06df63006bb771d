using MashSim.Experiments.Results;
using ScottPlot;

namespace MashSim.Outputs.Plots;

/// <summary>Where the time goes: each stage's mean wait (light) and mean work (dark) as one stacked horizontal bar, so the longest bar is the bottleneck.</summary>
/// <remarks>
/// The contact's journey (hours) and the child's (days) are drawn apart because their scales differ a hundredfold.
/// With several scenarios (compare), each stage gets one bar per scenario, side by side, in the scenario's colour.
/// </remarks>
public static class WhereTheTimeGoesPlot
{
    public const string ContactFile = "where-the-time-goes-contact";
    public const string ChildFile = "where-the-time-goes-child";

    private static readonly Color[] Palette = [Colors.SteelBlue, Colors.DarkOrange, Colors.SeaGreen, Colors.MediumPurple, Colors.FireBrick, Colors.Gray];

    /// <summary>Writes the PNG and SVG of each journey with stages into <paramref name="folder"/>; returns the files written.</summary>
    public static IReadOnlyList<string> WriteAll(string folder, IReadOnlyList<(string Scenario, IReadOnlyList<StageSummary> Stages)> scenarios, int replications)
    {
        var written = new List<string>();
        foreach (var (journey, file, unit, perHour) in new[] { ("contact", ContactFile, "hours", 1.0), ("child", ChildFile, "days", 1 / 24.0) })
        {
            var stageNames = scenarios.SelectMany(s => s.Stages).Where(s => s.Journey == journey && s.CountMean > 0).Select(s => s.Stage).Distinct().ToArray();
            if (stageNames.Length == 0) continue;
            var plot = new Plot();
            string whose = journey == "contact" ? "a contact at the front door" : "a child after referral";
            plot.Title($"Where the time goes: {whose} (mean per stage, {replications} replications)");
            plot.XLabel($"Mean elapsed {unit} per stage (waiting, then being worked on)");
            int n = scenarios.Count;
            double slot = 0.8 / n;
            for (int k = 0; k < n; k++)
            {
                var color = Palette[k % Palette.Length];
                var bars = new List<Bar>();
                for (int i = 0; i < stageNames.Length; i++)
                {
                    var stage = scenarios[k].Stages.FirstOrDefault(s => s.Stage == stageNames[i]);
                    if (stage is null || stage.CountMean == 0) continue;
                    // The first stage at the top: positions count down.
                    double position = stageNames.Length - 1 - i + (n - 1) / 2.0 * slot - k * slot;
                    double wait = Positive(stage.WaitHours.Mean) * perHour, work = Positive(stage.WorkHours.Mean) * perHour;
                    bars.Add(new Bar { Position = position, ValueBase = 0, Value = wait, FillColor = color.WithAlpha(0.35), LineWidth = 0, Size = slot * 0.9 });
                    bars.Add(new Bar { Position = position, ValueBase = wait, Value = wait + work, FillColor = color, LineWidth = 0, Size = slot * 0.9 });
                    var label = plot.Add.Text($" {wait + work:0.0} {unit}", wait + work, position);
                    label.LabelFontSize = 11;
                    label.LabelAlignment = Alignment.MiddleLeft;
                }
                var plottable = plot.Add.Bars(bars);
                plottable.Horizontal = true;
                string prefix = n > 1 ? scenarios[k].Scenario + ": " : "";
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = prefix + "waiting (queued for a worker, a meeting or a slot)", FillColor = color.WithAlpha(0.35) });
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = prefix + "being worked on (or with another agency)", FillColor = color });
            }
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                stageNames.Select((_, i) => (double)(stageNames.Length - 1 - i)).ToArray(), stageNames.Select(Capitalise).ToArray());
            plot.Axes.Margins(left: 0, right: 0.15);
            plot.ShowLegend(Alignment.LowerRight);
            int height = Math.Max(400, 60 + 45 * stageNames.Length * Math.Max(1, n / 2 + 1));
            string png = Path.Combine(folder, file + ".png");
            PlotFiles.Save(plot, png, 1000, height);
            written.Add(png);
            written.Add(Path.ChangeExtension(png, ".svg"));
        }
        return written;
    }

    private static double Positive(double hours) => double.IsFinite(hours) && hours > 0 ? hours : 0;

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
