using MashSim.Experiments.Comparison;
using MashSim.Model.Recording;

namespace MashSim.Outputs.Plots;

/// <summary>The timeliness outcomes of every scenario compared, side by side: a bar per scenario (one colour each) with its 95% CI as an error bar.</summary>
public static class ComparisonPlot
{
    /// <summary>The outcomes a timeliness comparison shows, when the scenarios observe them.</summary>
    public static IReadOnlyList<Kpi> Timeliness { get; } =
    [
        Kpi.DecisionWithin1WorkingDay, Kpi.DecisionWithin1WorkingDayRed, Kpi.DecisionWithin1WorkingDayAmber, Kpi.DecisionWithin1WorkingDayGreen,
        Kpi.RedTransferredWithinTarget, Kpi.StrategyDiscussionsInTime, Kpi.AssessmentsWithin45WorkingDays, Kpi.InitialConferencesWithin15WorkingDays,
    ];

    /// <summary>Writes the plot (PNG and SVG); false when no scenario observed any of the outcomes.</summary>
    public static bool Write(string path, ScenarioComparison comparison)
    {
        var outcomes = Timeliness.Where(k => comparison.Results.Any(r => double.IsFinite(r[k].Mean))).ToList();
        if (outcomes.Count == 0) return false;
        var plot = new ScottPlot.Plot();
        var palette = new ScottPlot.Palettes.Category10();
        int scenarios = comparison.Results.Count;
        double width = 0.8 / scenarios;
        var bars = new List<ScottPlot.Bar>();
        // Each interval's reach above and below its mean: one cut at 100% or at 0 is not symmetric.
        var above = new List<double>();
        var below = new List<double>();
        for (int s = 0; s < scenarios; s++)
        {
            var colour = palette.GetColor(s);
            for (int o = 0; o < outcomes.Count; o++)
            {
                var summary = comparison.Results[s][outcomes[o]];
                if (!double.IsFinite(summary.Mean)) continue;
                bars.Add(new ScottPlot.Bar
                {
                    Position = o + (s - (scenarios - 1) / 2.0) * width,
                    Value = summary.Mean * 100,
                    Size = width * 0.92,
                    FillColor = colour,
                    LineWidth = 0,
                });
                above.Add(PlotFiles.ErrorAbove(summary) * 100);
                below.Add(PlotFiles.ErrorBelow(summary) * 100);
            }
            plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = comparison.Results[s].Scenario.Name, FillColor = colour });
        }
        plot.Add.Bars(bars);
        // Error bars drawn apart from the bars, which have no outline, so both stay crisp.
        var errors = plot.Add.ErrorBar(bars.Select(b => b.Position).ToArray(), bars.Select(b => b.Value).ToArray(), above.ToArray());
        errors.YErrorNegative = below.ToArray();
        errors.Color = ScottPlot.Colors.Black;
        errors.LineWidth = 1.5f;
        plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = "error bars: 95% confidence interval", LineColor = ScottPlot.Colors.Black, LineWidth = 1 });
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, outcomes.Count).Select(o => (double)o).ToArray(), outcomes.Select(k => Wrap(k.Label, 18)).ToArray());
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        int replications = comparison.Results[0].Runs.Count;
        plot.Title($"Timeliness compared: {replications} replications each, common random numbers");
        plot.YLabel("Done within the time limit (% of those due)");
        plot.XLabel("Outcome (each limit as its label says: working days from contact, referral or strategy discussion)");
        plot.Axes.SetLimitsX(-0.6, outcomes.Count - 0.4);
        PlotFiles.FloorAtZero(plot, bars.Select((b, i) => b.Value + above[i]), percent: true);
        PlotFiles.LegendBelow(plot);
        PlotFiles.Save(plot, path, Math.Max(1000, 150 * outcomes.Count), 640);
        return true;
    }

    /// <summary>Breaks <paramref name="text"/> into lines of about <paramref name="width"/> characters, at spaces.</summary>
    internal static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        string current = "";
        foreach (var word in text.Split(' '))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current);
                current = word;
            }
            else current = current.Length == 0 ? word : current + " " + word;
        }
        lines.Add(current);
        return string.Join("\n", lines);
    }
}
