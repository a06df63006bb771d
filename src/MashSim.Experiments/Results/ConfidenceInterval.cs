using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace MashSim.Experiments.Results;

/// <summary>A mean over replications with its 95% Student-t interval, from the finite values only.</summary>
public readonly record struct ConfidenceInterval(double Mean, double Low, double High, int N)
{
    public const double Level = 0.95;

    /// <summary>The t-interval's half-width, whether or not <see cref="Within"/> cut the interval (precision rules read it).</summary>
    public double HalfWidth { get; init; } = double.NaN;

    public static ConfidenceInterval Of(IEnumerable<double> values)
    {
        var observed = values.Where(double.IsFinite).ToArray();
        if (observed.Length == 0) return new(double.NaN, double.NaN, double.NaN, 0);
        double mean = observed.Mean();
        if (observed.Length == 1) return new(mean, double.NaN, double.NaN, 1);
        double halfWidth = StudentT.InvCDF(0, 1, observed.Length - 1, 1 - (1 - Level) / 2) * observed.StandardDeviation() / Math.Sqrt(observed.Length);
        return new(mean, mean - halfWidth, mean + halfWidth, observed.Length) { HalfWidth = halfWidth };
    }

    /// <summary>The interval cut to what the measure can take, [<paramref name="least"/>, <paramref name="most"/>].</summary>
    /// <remarks>With few replications a t-interval runs past that (a share "89.2% - 100.9%", a count from -529): the
    /// part cut off holds no value the measure can take, so the interval still holds the true value whenever it did.</remarks>
    public ConfidenceInterval Within(double least, double most) => this with { Low = Math.Max(Low, least), High = Math.Min(High, most) };
}
