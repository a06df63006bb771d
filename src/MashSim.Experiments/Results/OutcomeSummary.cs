using MashSim.Model.Recording;
using MashSim.Model.Runs;

namespace MashSim.Experiments.Results;

/// <summary>One outcome over replications: the mean and its 95% confidence interval (Student t), from the replications that observed it.</summary>
/// <remarks>A replication with nothing to measure (NaN) is left out and <see cref="Replications"/> says how many remain; with none, every figure is NaN.</remarks>
public sealed record OutcomeSummary(Kpi Kpi, double Mean, double CiLow, double CiHigh, int Replications)
{
    public const double Confidence = ConfidenceInterval.Level;

    public double HalfWidth => (CiHigh - CiLow) / 2;
    public bool HasObservations => Replications > 0;

    public static OutcomeSummary Of(Kpi kpi, IEnumerable<double> values)
    {
        var ci = ConfidenceInterval.Of(values);
        return new OutcomeSummary(kpi, ci.Mean, ci.Low, ci.High, ci.N);
    }

    public static IReadOnlyList<OutcomeSummary> Summarise(IReadOnlyList<RunResult> runs) =>
        Kpi.All.Select(kpi => Of(kpi, runs.Select(r => r[kpi]))).ToArray();
}
