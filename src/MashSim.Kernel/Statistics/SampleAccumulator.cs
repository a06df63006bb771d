namespace MashSim.Kernel.Statistics;

/// <summary>Count, mean, variance (Welford), minimum and maximum of observations, kept as they arrive.</summary>
/// <remarks>Lighter than MathNet's RunningStatistics, which also updates skewness and kurtosis on every push: this sits on the hot path of every grant.</remarks>
public sealed class SampleAccumulator
{
    private double _m2;

    public long Count { get; private set; }
    public double Mean { get; private set; } = double.NaN;
    public double Minimum { get; private set; } = double.NaN;
    public double Maximum { get; private set; } = double.NaN;

    /// <summary>The sample variance; NaN with fewer than two observations.</summary>
    public double Variance => Count > 1 ? _m2 / (Count - 1) : double.NaN;

    /// <summary>The statistics of two sets of observations together (Chan, Golub and LeVeque's pairwise update).</summary>
    public static SampleAccumulator Merge(IEnumerable<SampleAccumulator> parts)
    {
        var total = new SampleAccumulator();
        foreach (var part in parts)
        {
            if (part.Count == 0) continue;
            if (total.Count == 0)
            {
                (total.Count, total.Mean, total._m2, total.Minimum, total.Maximum) = (part.Count, part.Mean, part._m2, part.Minimum, part.Maximum);
                continue;
            }
            long n = total.Count + part.Count;
            double delta = part.Mean - total.Mean;
            total._m2 += part._m2 + delta * delta * total.Count * part.Count / n;
            total.Mean += delta * part.Count / n;
            total.Count = n;
            total.Minimum = Math.Min(total.Minimum, part.Minimum);
            total.Maximum = Math.Max(total.Maximum, part.Maximum);
        }
        return total;
    }

    public void Add(double value)
    {
        Count++;
        if (Count == 1)
        {
            Mean = Minimum = Maximum = value;
            return;
        }
        double delta = value - Mean;
        Mean += delta / Count;
        _m2 += delta * (value - Mean);
        if (value < Minimum) Minimum = value;
        if (value > Maximum) Maximum = value;
    }
}
