using System.Text;
using MathNet.Numerics.Random;

namespace MashSim.Kernel.Random;

/// <summary>Independent random number generators for one replication, one per named source of randomness.</summary>
/// <remarks>
/// A stream is derived from (master seed, replication, name), never from its position, so adding a new source
/// of randomness leaves every other stream unchanged, and two scenarios run with the same seed see the same
/// arrivals and the same durations: common random numbers.
/// </remarks>
public sealed class RandomStreams
{
    private readonly Dictionary<string, System.Random> _streams = new(StringComparer.Ordinal);

    public RandomStreams(long masterSeed, int replication)
    {
        MasterSeed = masterSeed;
        Replication = replication;
    }

    public long MasterSeed { get; }
    public int Replication { get; }

    /// <summary>The generator for <paramref name="name"/>; the same instance each time it is asked for.</summary>
    public System.Random Stream(string name)
    {
        if (!_streams.TryGetValue(name, out var stream))
        {
            stream = new Xoshiro256StarStar(DeriveSeed(MasterSeed, Replication, name), threadSafe: false);
            _streams[name] = stream;
        }
        return stream;
    }

    /// <summary>A 32-bit seed from a stable 64-bit hash (FNV-1a of the name, mixed with the seed and replication by SplitMix64).</summary>
    public static int DeriveSeed(long masterSeed, int replication, string name)
    {
        ulong hash = 14695981039346656037UL;
        foreach (byte b in Encoding.UTF8.GetBytes(name))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        ulong mixed = SplitMix64((ulong)masterSeed ^ SplitMix64((ulong)replication + 0x9E3779B97F4A7C15UL) ^ hash);
        return (int)(mixed ^ (mixed >> 32));
    }

    private static ulong SplitMix64(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
