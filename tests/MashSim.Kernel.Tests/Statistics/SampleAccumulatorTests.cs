using MashSim.Kernel.Statistics;

namespace MashSim.Kernel.Tests.Statistics;

public class SampleAccumulatorTests
{
    [Fact]
    public void Merged_parts_give_the_statistics_of_all_observations_together()
    {
        var random = new System.Random(11);
        var values = Enumerable.Range(0, 1000).Select(_ => random.NextDouble() * 100).ToArray();
        var parts = new[] { new SampleAccumulator(), new SampleAccumulator(), new SampleAccumulator() };
        for (int i = 0; i < values.Length; i++) parts[i % 3 == 0 ? 0 : i % 7 == 0 ? 1 : 2].Add(values[i]);
        var merged = SampleAccumulator.Merge(parts.Append(new SampleAccumulator()));

        double mean = values.Average();
        Assert.Equal(values.Length, merged.Count);
        Assert.Equal(mean, merged.Mean, 9);
        Assert.Equal(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1), merged.Variance, 6);
        Assert.Equal(values.Min(), merged.Minimum);
        Assert.Equal(values.Max(), merged.Maximum);
    }

    [Fact]
    public void An_empty_accumulator_has_no_mean()
    {
        Assert.True(double.IsNaN(new SampleAccumulator().Mean));
        Assert.True(double.IsNaN(SampleAccumulator.Merge([]).Mean));
    }
}
