using MashSim.Model.Recording.Distributions;

namespace MashSim.Model.Tests.Recording;

/// <summary>The durations' radix sort puts values in exactly the order the comparison sort does, for any sample.</summary>
public class DurationSampleSortTests
{
    private static void AssertSortsAsArraySort(float[] values)
    {
        var expected = (float[])values.Clone();
        Array.Sort(expected);
        DurationSample.Sort(values);
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), values.Select(BitConverter.SingleToInt32Bits));
    }

    [Theory]
    [InlineData(0, 4095)]
    [InlineData(1, 4096)]
    [InlineData(2, 4097)]
    [InlineData(3, 100_000)]
    [InlineData(4, 1_000_003)]
    public void Durations_of_every_size_and_spread_sort_as_array_sort_does(int seed, int count)
    {
        var random = new Random(seed);
        // Hours to years, with ties, zeros, tiny and huge values and infinity: every byte of the bits varies somewhere.
        var values = new float[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = (i % 97) switch
            {
                0 => 0f,
                1 => float.PositiveInfinity,
                2 => float.Epsilon * random.Next(1, 100),
                3 => float.MaxValue / random.Next(1, 100),
                4 => 24f,
                _ => (float)(-Math.Log(1 - random.NextDouble()) * 30),
            };
        }
        AssertSortsAsArraySort(values);
    }

    [Fact]
    public void A_sample_whose_values_share_bytes_skips_those_passes_and_still_sorts()
    {
        // Whole days below 256: the low bytes of every float are zero.
        var random = new Random(5);
        AssertSortsAsArraySort([.. Enumerable.Range(0, 50_000).Select(_ => (float)random.Next(0, 256))]);
        AssertSortsAsArraySort([.. Enumerable.Repeat(7.5f, 10_000)]);
    }

    [Fact]
    public void Negative_values_minus_zero_and_NaN_take_the_comparison_sort_and_its_order()
    {
        var random = new Random(6);
        foreach (float odd in new[] { -1f, -0f, float.NaN, float.NegativeInfinity })
        {
            var values = Enumerable.Range(0, 10_000).Select(_ => (float)random.NextDouble() * 100).ToArray();
            values[1234] = odd;
            values[9000] = 0f;
            AssertSortsAsArraySort(values);
        }
    }
}
