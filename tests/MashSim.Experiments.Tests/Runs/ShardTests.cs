using MashSim.Experiments.Sharding;

namespace MashSim.Experiments.Tests.Runs;

public class ShardTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 4)]
    [InlineData(20, 3)]
    [InlineData(1000, 7)]
    [InlineData(5, 5)]
    public void The_slices_of_every_shard_are_disjoint_in_order_and_cover_everything_once(int total, int shards)
    {
        var slices = Enumerable.Range(1, shards).Select(k => new Shard(k, shards).Slice(total)).ToArray();
        Assert.Equal(0, slices[0].Start);
        Assert.Equal(total, slices[^1].End);
        for (int k = 1; k < shards; k++) Assert.Equal(slices[k - 1].End, slices[k].Start);
        Assert.All(slices, s => Assert.InRange(s.End - s.Start, total / shards, total / shards + 1));
    }

    [Theory]
    [InlineData("2/4", 2, 4)]
    [InlineData(" 1 / 1 ", 1, 1)]
    public void Reads_k_of_n(string text, int index, int count) => Assert.Equal(new Shard(index, count), Shard.Parse(text));

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("-1/4")]
    [InlineData("1.5/4")]
    [InlineData("")]
    public void Refuses_what_is_not_a_shard(string text) => Assert.Throws<FormatException>(() => Shard.Parse(text));

    [Fact]
    public void More_shards_than_items_is_refused() => Assert.Throws<ArgumentException>(() => new Shard(1, 5).Slice(4));
}
