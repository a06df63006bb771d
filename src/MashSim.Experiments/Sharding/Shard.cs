using System.Globalization;
using System.Text.RegularExpressions;

namespace MashSim.Experiments.Sharding;

/// <summary>The k-th of n disjoint slices of an experiment's work (replications or sweep points), for running on several machines.</summary>
/// <remarks>
/// Slices are contiguous blocks of near-equal size, so shard 1 always holds item 0 and the blocks in order make the whole.
/// A scheduler (a Slurm job array, a Kubernetes Indexed Job) only has to hand each worker its index.
/// </remarks>
public readonly partial record struct Shard(int Index, int Count)
{
    public static readonly Shard Whole = new(1, 1);

    public bool IsWhole => Count == 1;

    [GeneratedRegex(@"^\s*(?<k>\d+)\s*/\s*(?<n>\d+)\s*$")]
    private static partial Regex Pattern();

    /// <summary>Reads "k/n" with 1 ≤ k ≤ n; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static Shard Parse(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success
            || !int.TryParse(match.Groups["k"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
            throw new FormatException($"'{text}' is not a shard like 2/4 (the 2nd of 4 slices).");
        if (n < 1) throw new FormatException($"'{text}': the number of shards must be at least 1.");
        if (k < 1 || k > n) throw new FormatException($"'{text}': the shard number must be between 1 and {n}.");
        return new Shard(k, n);
    }

    /// <summary>The items [start, end) of <paramref name="total"/> that this shard runs; every shard gets at least one when total ≥ Count.</summary>
    public (int Start, int End) Slice(int total)
    {
        if (total < Count) throw new ArgumentException($"{total} item(s) cannot be split into {Count} shards: use at most {total} shards.");
        return ((int)((long)(Index - 1) * total / Count), (int)((long)Index * total / Count));
    }

    public override string ToString() => $"{Index.ToString(CultureInfo.InvariantCulture)}/{Count.ToString(CultureInfo.InvariantCulture)}";
}
