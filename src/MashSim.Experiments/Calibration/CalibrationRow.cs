using MashSim.Experiments.Results;
using MashSim.Model.Recording;

namespace MashSim.Experiments.Calibration;

/// <summary>One target against the model: the figure, the simulated mean with its interval, the relative error, and whether it is met.</summary>
public sealed record CalibrationRow(CalibrationTarget Target, OutcomeSummary Simulated)
{
    public double RelativeError => (Simulated.Mean - Target.Value) / Math.Abs(Target.Value);
    public bool Met => Target.IsMetBy(Simulated.Mean);

    /// <summary>Every target, checked against an experiment's summary.</summary>
    public static IReadOnlyList<CalibrationRow> Check(IReadOnlyList<CalibrationTarget> targets, ExperimentResult result) =>
        targets.Select(t => new CalibrationRow(t, result[Kpi.ById(t.Outcome)])).ToArray();
}
