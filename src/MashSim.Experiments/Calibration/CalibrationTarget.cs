using MashSim.Model.Parameters.Validation;
using MashSim.Model.Recording;

namespace MashSim.Experiments.Calibration;

/// <summary>A figure from a report or a national statistic that the model should reproduce: which outcome, what value, how close, and where it comes from.</summary>
public sealed record CalibrationTarget : IValidatable
{
    /// <summary>The outcome's id, as in summary.csv (e.g. childProtectionPlansPer10k).</summary>
    public required string Outcome { get; init; }

    /// <summary>The target in the outcome's own unit (a share as a fraction: 22.1% is 0.221).</summary>
    public required double Value { get; init; }

    /// <summary>How close counts as reproduced, relative to the target (0.1: within 10%).</summary>
    public required double Tolerance { get; init; }

    /// <summary>Where the figure comes from: a report and paragraph, or a national statistic.</summary>
    public required string Source { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (!Kpi.TryById(Outcome, out _))
            yield return new("outcome", $"no outcome is called '{Outcome}'; see the README's outcome tables (e.g. {Kpi.ChildProtectionPlansPer10k.Id})");
        if (!double.IsFinite(Value)) yield return new("value", "must be a number");
        if (!(Tolerance > 0 && Tolerance < 1)) yield return new("tolerance", $"is relative: between 0 and 1 (0.1 for 10%), not {Tolerance}");
        if (string.IsNullOrWhiteSpace(Source)) yield return new("source", "say where the figure comes from");
    }

    /// <summary>Whether <paramref name="simulated"/> is within the tolerance of the target.</summary>
    public bool IsMetBy(double simulated) => double.IsFinite(simulated) && Math.Abs(simulated - Value) <= Tolerance * Math.Abs(Value);
}
