using MashSim.Experiments.Calibration;
using MashSim.Experiments.Comparison;
using MashSim.Experiments.Results;
using MashSim.Experiments.Results.Saturation;
using MashSim.Model.Recording;
using MashSim.Outputs;

namespace MashSim.Web.Outcomes;

/// <summary>A finished run as the page shows it: every outcome of the catalogue with its CI and target, where the time goes, the plots and files.</summary>
/// <remarks>Numbers are formatted by each outcome's unit, as the command line's table formats them, so the page and the terminal read the same.</remarks>
public static class ResultView
{
    /// <summary>One outcome: its catalogue entry, the mean and 95% CI as stored and as shown, and its calibration target when the scenario has one.</summary>
    public sealed record Outcome(string Id, string Label, string Unit, string Description, bool? HigherIsBetter, bool Headline,
        double? Mean, double? Low, double? High, int Replications, string Shown, string ShownCi, Target? Target);

    /// <summary>A figure the scenario says the model should reproduce, and whether the run's mean is within its tolerance.</summary>
    public sealed record Target(string Shown, double Tolerance, string Source, bool Met);

    public sealed record Stage(string Name, string Journey, double CountMean, double? WaitHours, double? WorkHours);

    public sealed record Difference(string Id, string Label, string Baseline, string ThisRun, string Change, string Ci, string Verdict, bool Headline);

    public static IReadOnlyList<Outcome> Outcomes(ExperimentResult result, IReadOnlyList<CalibrationTarget> targets)
    {
        var checks = CalibrationRow.Check(targets, result).ToDictionary(r => r.Target.Outcome, StringComparer.Ordinal);
        var headline = HeadlineOutcomes.All.ToHashSet();
        return Kpi.All.Select(kpi =>
        {
            var s = result[kpi];
            var target = checks.TryGetValue(kpi.Id, out var row)
                ? new Target(kpi.Unit.Show(row.Target.Value), row.Target.Tolerance, row.Target.Source, row.Met)
                : null;
            string ci = s.HasObservations && s.Replications > 1 ? $"{kpi.Unit.Show(s.CiLow)} to {kpi.Unit.Show(s.CiHigh)}" : "-";
            return new Outcome(kpi.Id, kpi.Label, kpi.Unit.Name, kpi.Description, kpi.HigherIsBetter, headline.Contains(kpi),
                Finite(s.Mean), Finite(s.CiLow), Finite(s.CiHigh), s.Replications, kpi.Unit.Show(s.Mean), ci, target);
        }).OrderByDescending(o => o.Headline).ToArray();
    }

    public static IReadOnlyList<Stage> Stages(ExperimentResult result) =>
        StageSummary.Of(result).Select(s => new Stage(s.Stage, s.Journey, s.CountMean, Finite(s.WaitHours.Mean), Finite(s.WorkHours.Mean))).ToArray();

    /// <summary>Every outcome of this run against the baseline: the paired difference, its CI and the verdict <c>mashsim compare</c> gives.</summary>
    public static IReadOnlyList<Difference> Differences(ScenarioComparison comparison)
    {
        var headline = HeadlineOutcomes.All.ToHashSet();
        return comparison.Against(1).Select(d =>
        {
            var kpi = d.Kpi;
            string ci = d.Difference.N < 2 ? "-" : $"{kpi.Unit.ShowDifference(d.Difference.Low)} to {kpi.Unit.ShowDifference(d.Difference.High)}";
            return new Difference(kpi.Id, kpi.Label, kpi.Unit.Show(comparison.Results[0][kpi].Mean), kpi.Unit.Show(comparison.Results[1][kpi].Mean),
                d.Difference.N < 2 ? "-" : kpi.Unit.ShowDifference(d.Difference.Mean), ci, ComparisonWriter.VerdictText(d.Verdict), headline.Contains(kpi));
        }).OrderByDescending(d => d.Headline).ToArray();
    }

    /// <summary>A warning when the run was overloaded (queues still growing at the end), as the command line prints one.</summary>
    public static string? OverloadWarning(ExperimentResult result) => Overload.Of(result) is { Any: true } o ? $"Overloaded: {o.Text}. The service does not keep up, so its queues and waits depend on how long the run is." : null;

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
