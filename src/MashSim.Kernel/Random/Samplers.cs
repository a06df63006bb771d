using MathNet.Numerics.Distributions;

namespace MashSim.Kernel.Random;

/// <summary>Samplers of the distribution families a model may use, backed by MathNet.Numerics; lognormal and gamma are given by mean and standard deviation.</summary>
public static class Samplers
{
    public static ISampler Fixed(double value) => new FixedSampler(value);

    public static ISampler Exponential(double mean, System.Random stream) => new ContinuousSampler(new Exponential(1.0 / mean, stream));

    public static ISampler LogNormal(double mean, double sd, System.Random stream)
    {
        double sigma2 = Math.Log(1 + sd * sd / (mean * mean));
        return new ContinuousSampler(new LogNormal(Math.Log(mean) - sigma2 / 2, Math.Sqrt(sigma2), stream));
    }

    public static ISampler Gamma(double mean, double sd, System.Random stream)
    {
        double shape = mean * mean / (sd * sd);
        return new ContinuousSampler(new Gamma(shape, shape / mean, stream));
    }

    public static ISampler Triangular(double min, double mode, double max, System.Random stream) =>
        new ContinuousSampler(new Triangular(min, max, mode, stream));

    public static ISampler Uniform(double min, double max, System.Random stream) => new ContinuousSampler(new ContinuousUniform(min, max, stream));

    /// <summary>Resamples <paramref name="values"/> with equal weight (the empirical distribution of a sample).</summary>
    public static ISampler Empirical(double[] values, System.Random stream) => new EmpiricalSampler(values, stream);

    private sealed class FixedSampler(double value) : ISampler
    {
        public double Sample() => value;
        public double Mean => value;
    }

    private sealed class ContinuousSampler(IContinuousDistribution distribution) : ISampler
    {
        public double Sample() => distribution.Sample();
        public double Mean => distribution.Mean;
    }

    private sealed class EmpiricalSampler(double[] values, System.Random stream) : ISampler
    {
        public double Sample() => values[stream.Next(values.Length)];
        public double Mean => values.Average();
    }
}
