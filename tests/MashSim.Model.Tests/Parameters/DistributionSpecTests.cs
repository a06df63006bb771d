using MashSim.Model.Parameters;
using MashSim.Kernel.Random;

namespace MashSim.Model.Tests.Parameters;

public class DistributionSpecTests
{
    public static TheoryData<DistributionSpec> Specs => new()
    {
        DistributionSpec.Exponential(30),
        DistributionSpec.LogNormal(45, 30),
        DistributionSpec.Gamma(20, 10),
        DistributionSpec.Triangular(10, 20, 60),
        new DistributionSpec { Dist = DistributionKind.Uniform, Min = 5, Max = 15 },
        new DistributionSpec { Dist = DistributionKind.Empirical, Values = [10, 20, 20, 70] },
    };

    [Theory]
    [MemberData(nameof(Specs))]
    public void The_sample_mean_matches_the_distribution_mean_within_five_standard_errors(DistributionSpec spec)
    {
        var sampler = spec.Sampler(new RandomStreams(7, 0).Stream("test"));
        const int n = 200_000;
        var values = Enumerable.Range(0, n).Select(_ => sampler.Sample()).ToArray();
        double mean = values.Average();
        double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        Assert.InRange(mean, sampler.Mean - 5 * sd / Math.Sqrt(n), sampler.Mean + 5 * sd / Math.Sqrt(n));
        Assert.All(values, v => Assert.True(v >= 0));
    }

    [Fact]
    public void Lognormal_and_gamma_are_given_by_mean_and_standard_deviation()
    {
        foreach (var spec in new[] { DistributionSpec.LogNormal(45, 30), DistributionSpec.Gamma(45, 30) })
        {
            var sampler = spec.Sampler(new RandomStreams(7, 0).Stream("sd"));
            var values = Enumerable.Range(0, 400_000).Select(_ => sampler.Sample()).ToArray();
            double mean = values.Average();
            double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
            Assert.Equal(45, mean, 0.5);
            Assert.Equal(30, sd, 1.0);
        }
    }

    [Fact]
    public void A_fixed_distribution_always_gives_its_value()
    {
        var sampler = DistributionSpec.Fixed(12.5).Sampler(new RandomStreams(1, 0).Stream("x"));
        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(12.5, sampler.Sample()));
    }

    [Theory]
    [InlineData(DistributionKind.Exponential, null, null, "mean")]
    [InlineData(DistributionKind.Exponential, -1.0, null, "mean")]
    [InlineData(DistributionKind.LogNormal, 10.0, null, "sd")]
    [InlineData(DistributionKind.Gamma, 10.0, 0.0, "sd")]
    [InlineData(DistributionKind.Fixed, null, null, "value")]
    public void An_incomplete_or_impossible_distribution_names_the_field_at_fault(DistributionKind kind, double? mean, double? sd, string field)
    {
        var spec = new DistributionSpec { Dist = kind, Mean = mean, Sd = sd };
        Assert.Contains(spec.Validate(), p => p.Property == field);
        Assert.Throws<ArgumentException>(() => spec.Sampler(new System.Random(1)));
    }

    [Fact]
    public void A_triangular_distribution_needs_min_mode_max_in_order()
    {
        Assert.Contains(DistributionSpec.Triangular(10, 5, 20).Validate(), p => p.Property == "mode");
        Assert.Empty(DistributionSpec.Triangular(10, 10, 20).Validate());
    }

    /// <summary>Every family at the corners of the bounds: each draw and the mean are finite (past them, sd 1e308 or a mean of 4.9e-324 drew NaN).</summary>
    public static TheoryData<DistributionSpec> Extremes()
    {
        const double big = DistributionSpec.MaxParameter, small = DistributionSpec.MinMeanOrSd;
        var specs = new TheoryData<DistributionSpec>
        {
            DistributionSpec.Fixed(big), DistributionSpec.Exponential(big), DistributionSpec.Exponential(small),
            DistributionSpec.Triangular(0, 0, big), DistributionSpec.Triangular(0, big, big),
            new DistributionSpec { Dist = DistributionKind.Uniform, Min = 0, Max = big },
            new DistributionSpec { Dist = DistributionKind.Empirical, Values = [0, big] },
        };
        foreach (var (mean, sd) in new[] { (big, big), (big, small), (small, big), (small, small) })
        {
            specs.Add(DistributionSpec.LogNormal(mean, sd));
            specs.Add(DistributionSpec.Gamma(mean, sd));
        }
        return specs;
    }

    [Theory]
    [MemberData(nameof(Extremes))]
    public void Within_the_bounds_every_family_draws_finite_values(DistributionSpec spec)
    {
        Assert.Empty(spec.Validate());
        var sampler = spec.Sampler(new RandomStreams(3, 0).Stream("extremes"));
        Assert.True(double.IsFinite(sampler.Mean), $"{spec}: mean {sampler.Mean}");
        for (int i = 0; i < 100_000; i++)
        {
            double x = sampler.Sample();
            Assert.True(double.IsFinite(x) && x >= 0, $"{spec}: drew {x}");
        }
    }

    [Theory]
    [InlineData(DistributionKind.Exponential, 1.01e12, null, "mean")]
    [InlineData(DistributionKind.LogNormal, 30.0, 1e308, "sd")]
    [InlineData(DistributionKind.LogNormal, 4.9e-324, 20.0, "mean")]
    [InlineData(DistributionKind.Gamma, 30.0, 1e-160, "sd")]
    public void Past_the_bounds_a_distribution_is_refused_by_its_field(DistributionKind kind, double? mean, double? sd, string field)
    {
        var spec = new DistributionSpec { Dist = kind, Mean = mean, Sd = sd };
        Assert.Equal(field, Assert.Single(spec.Validate()).Property);
        Assert.Throws<ArgumentException>(() => spec.Sampler(new System.Random(1)));
    }
}
