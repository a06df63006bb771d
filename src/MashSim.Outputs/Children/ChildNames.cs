using System.Text;
using Bogus;
using Bogus.Bson;

namespace MashSim.Outputs.Children;

/// <summary>The invented name of a child (Bogus's en_GB names), the same wherever the child appears: contacts.csv and the journeys traced.</summary>
/// <remarks>
/// The name depends on the run's seed and the child's id only, so a run always names a child the same way and a trainer
/// following a child from contacts.csv to its trace meets the same name. Names are drawn from Bogus's lists once and
/// picked by a hash: contacts.csv names every contact's child, 2.6 million in an England-sized year, and a Bogus faker
/// seeded per child (a new <see cref="Random"/> each) was a fifth of such a run's time. Never a real child.
/// </remarks>
public static class ChildNames
{
    private static readonly string[][] FirstNames = [Names("female_first_name"), Names("male_first_name")];
    private static readonly string[] LastNames = Names("last_name");
    private static readonly byte[][][] FirstNamesUtf8 = FirstNames.Select(names => names.Select(Encoding.UTF8.GetBytes).ToArray()).ToArray();
    private static readonly byte[][] LastInitialsUtf8 = LastNames.Select(n => Encoding.UTF8.GetBytes(n[..1])).ToArray();

    /// <summary>The child's first and last names.</summary>
    public static (string First, string Last) Of(long seed, int childId)
    {
        var (list, first, last) = Pick(seed, childId);
        return (FirstNames[list][first], LastNames[last]);
    }

    /// <summary>"First L.", as contacts.csv gives it, in UTF-8 into <paramref name="into"/> (at least <see cref="MaxShortLength"/> bytes).</summary>
    public static ReadOnlySpan<byte> ShortUtf8(long seed, int childId, Span<byte> into)
    {
        var (list, first, last) = Pick(seed, childId);
        var name = FirstNamesUtf8[list][first];
        var initial = LastInitialsUtf8[last];
        name.CopyTo(into);
        into[name.Length] = (byte)' ';
        initial.CopyTo(into[(name.Length + 1)..]);
        int length = name.Length + 1 + initial.Length;
        into[length] = (byte)'.';
        return into[..(length + 1)];
    }

    /// <summary>The longest "First L." in bytes.</summary>
    public static int MaxShortLength { get; } = FirstNamesUtf8.SelectMany(n => n).Max(n => n.Length) + 2 + LastInitialsUtf8.Max(i => i.Length);

    /// <summary>Which list (female or male first names), which first name and which last name: three draws from one mixed 64-bit hash.</summary>
    private static (int List, int First, int Last) Pick(long seed, int childId)
    {
        ulong h = Mix(unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (uint)childId));
        int list = (int)(h & 1);
        int first = (int)((h >> 1) % (ulong)FirstNames[list].Length);
        int last = (int)(Mix(h) % (ulong)LastNames.Length);
        return (list, first, last);
    }

    /// <summary>SplitMix64's finaliser: every bit of the input moves every bit of the output.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static string[] Names(string list)
    {
        var names = (BArray)Database.Get("name", list, "en_GB", "en");
        return Enumerable.Range(0, names.Count).Select(i => names[i].StringValue).ToArray();
    }
}
