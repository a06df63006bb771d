using MathNet.Numerics.Distributions;

namespace MashSim.Kernel.Random;

/// <summary>Turns a <see cref="DistributionSpec"/> and a stream into a sampler backed by MathNet.Numerics.</summary>
public static class Samplers
{
    public static ISampler Create(DistributionSpec spec, System.Random stream)
    {
        var problem = spec.Validate().FirstOrDefault();
        if (problem != default) throw new ArgumentException($"Invalid distribution {spec}: {problem.Property} {problem.Message}", nameof(spec));

        switch (spec.Dist)
        {
            case DistributionKind.Fixed:
                return new FixedSampler(spec.Value!.Value);
            case DistributionKind.Exponential:
                return new ContinuousSampler(new Exponential(1.0 / spec.Mean!.Value, stream));
            case DistributionKind.LogNormal:
            {
                double mean = spec.Mean!.Value, sd = spec.Sd!.Value;
                double sigma2 = Math.Log(1 + sd * sd / (mean * mean));
                return new ContinuousSampler(new LogNormal(Math.Log(mean) - sigma2 / 2, Math.Sqrt(sigma2), stream));
            }
            case DistributionKind.Gamma:
            {
                double mean = spec.Mean!.Value, sd = spec.Sd!.Value;
                double shape = mean * mean / (sd * sd);
                return new ContinuousSampler(new Gamma(shape, shape / mean, stream));
            }
            case DistributionKind.Triangular:
                return new ContinuousSampler(new Triangular(spec.Min!.Value, spec.Max!.Value, spec.Mode!.Value, stream));
            case DistributionKind.Uniform:
                return new ContinuousSampler(new ContinuousUniform(spec.Min!.Value, spec.Max!.Value, stream));
            case DistributionKind.Empirical:
                return new EmpiricalSampler(spec.Values!.ToArray(), stream);
            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Dist, "Unknown distribution.");
        }
    }

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

    /// <summary>Resamples observed values with equal weight (the empirical distribution of a sample).</summary>
    private sealed class EmpiricalSampler(double[] values, System.Random stream) : ISampler
    {
        public double Sample() => values[stream.Next(values.Length)];
        public double Mean => values.Average();
    }
}
