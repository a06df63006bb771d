using MashSim.Model.Recording;
using MashSim.Model.Runs;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace MashSim.Experiments.Results;

/// <summary>One outcome over replications: the mean and its 95% confidence interval (Student t), from the replications that observed it.</summary>
/// <remarks>A replication with nothing to measure (NaN) is left out and <see cref="Replications"/> says how many remain; with none, every figure is NaN.</remarks>
public sealed record OutcomeSummary(Kpi Kpi, double Mean, double CiLow, double CiHigh, int Replications)
{
    public const double Confidence = 0.95;

    public double HalfWidth => (CiHigh - CiLow) / 2;
    public bool HasObservations => Replications > 0;

    public static OutcomeSummary Of(Kpi kpi, IEnumerable<double> values)
    {
        var observed = values.Where(double.IsFinite).ToArray();
        if (observed.Length == 0) return new OutcomeSummary(kpi, double.NaN, double.NaN, double.NaN, 0);
        double mean = observed.Mean();
        if (observed.Length == 1) return new OutcomeSummary(kpi, mean, double.NaN, double.NaN, 1);
        double halfWidth = StudentT.InvCDF(0, 1, observed.Length - 1, 1 - (1 - Confidence) / 2)
            * observed.StandardDeviation() / Math.Sqrt(observed.Length);
        return new OutcomeSummary(kpi, mean, mean - halfWidth, mean + halfWidth, observed.Length);
    }

    public static IReadOnlyList<OutcomeSummary> Summarise(IReadOnlyList<FrontDoorRunResult> runs) =>
        Kpi.All.Select(kpi => Of(kpi, runs.Select(r => r[kpi]))).ToArray();
}
