using MashSim.Model.Recording;
using MashSim.Model.Runs;

namespace MashSim.Experiments.Results;

/// <summary>One outcome over replications: the mean and its 95% confidence interval (Student t), from the replications that observed it.</summary>
/// <remarks>A replication with nothing to measure (NaN) is left out and <see cref="Replications"/> says how many remain; with none, every figure is NaN.
/// The interval is cut to what the outcome can take: never below zero, and a share never above 100%.</remarks>
public sealed record OutcomeSummary(Kpi Kpi, double Mean, double CiLow, double CiHigh, int Replications)
{
    public const double Confidence = ConfidenceInterval.Level;

    /// <summary>The t-interval's half-width before it was cut (NaN for a summary read back from a file); the precision rules use it.</summary>
    public double HalfWidth { get; init; } = double.NaN;
    public bool HasObservations => Replications > 0;

    public static OutcomeSummary Of(Kpi kpi, IEnumerable<double> values)
    {
        var ci = ConfidenceInterval.Of(values).Within(0, kpi.Unit == KpiUnit.Share ? 1 : double.PositiveInfinity);
        return new OutcomeSummary(kpi, ci.Mean, ci.Low, ci.High, ci.N) { HalfWidth = ci.HalfWidth };
    }

    public static IReadOnlyList<OutcomeSummary> Summarise(IReadOnlyList<RunResult> runs) =>
        Kpi.All.Select(kpi => Of(kpi, runs.Select(r => r[kpi]))).ToArray();
}
