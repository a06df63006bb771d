using MashSim.Model.Pathway.Cases;

namespace MashSim.Model.Tests.Pathway;

/// <summary>The set of workers a case has had counts as a HashSet would, whatever the order of arrivals and repeats.</summary>
public class DistinctWorkersTests
{
    [Fact]
    public void An_empty_set_counts_nothing_and_contains_nothing()
    {
        var set = new DistinctWorkers();
        Assert.Equal(0, set.Count);
        Assert.False(set.Contains(0));
        Assert.False(set.Contains(-1));
    }

    [Fact]
    public void Worker_zero_and_negative_ids_are_ordinary_members()
    {
        var set = new DistinctWorkers();
        Assert.True(set.Add(0));
        Assert.False(set.Add(0));
        Assert.True(set.Add(-1));
        Assert.Equal(2, set.Count);
        Assert.True(set.Contains(-1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Counts_and_answers_as_a_hash_set_does_on_random_sequences(int seed)
    {
        var random = new Random(seed);
        for (int sequence = 0; sequence < 200; sequence++)
        {
            var set = new DistinctWorkers();
            var reference = new HashSet<int>();
            int length = random.Next(0, 12);
            for (int i = 0; i < length; i++)
            {
                // A small range of ids, so repeats (the same worker taking the case back) are common.
                int id = random.Next(-2, 6);
                Assert.Equal(reference.Add(id), set.Add(id));
                Assert.Equal(reference.Count, set.Count);
            }
            for (int id = -3; id < 7; id++) Assert.Equal(reference.Contains(id), set.Contains(id));
        }
    }
}
