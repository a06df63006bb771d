using System.CommandLine;
using MashSim.Experiments.Sharding;

namespace MashSim.Cli.Commands;

/// <summary><c>--shard k/n</c>, as <c>run</c> and <c>sweep</c> take it.</summary>
internal sealed class ShardOption(string slicesOf)
{
    public Option<string?> Option { get; } = new("--shard")
    {
        Description = $"Run only the k-th of n slices of the {slicesOf} and write a partial result; 'mashsim merge' combines the n folders.",
        HelpName = "k/n",
    };

    /// <summary>The shard asked for, checked against the <paramref name="total"/> items to slice; null when none was.</summary>
    public Shard? Read(ParseResult parsed, int? total = null)
    {
        if (parsed.GetValue(Option) is not { } text) return null;
        try
        {
            var shard = Shard.Parse(text);
            if (total is { } items) shard.Slice(items);
            return shard;
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new UsageException($"--shard: {e.Message}");
        }
    }
}
