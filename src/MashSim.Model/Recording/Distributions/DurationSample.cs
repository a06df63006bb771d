using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MashSim.Model.Recording.Distributions;

/// <summary>The durations of one kind observed in a replication, kept as floats (4 bytes each) until the percentiles and histogram are read.</summary>
internal sealed class DurationSample
{
    private float[] _values = new float[256];

    public int Count { get; private set; }

    /// <summary>Makes room for <paramref name="more"/> values beyond those held.</summary>
    public void Reserve(int more)
    {
        if (Count + more > _values.Length) Array.Resize(ref _values, Count + more);
    }

    public void Add(double value)
    {
        if (Count == _values.Length) Array.Resize(ref _values, _values.Length * 2);
        _values[Count++] = (float)value;
    }

    /// <summary>The percentiles at <paramref name="levels"/> (linear between order statistics, as MathNet's R-7 quantile); NaN with no observations.</summary>
    public double[] Percentiles(IReadOnlyList<double> levels)
    {
        var result = new double[levels.Count];
        if (Count == 0)
        {
            Array.Fill(result, double.NaN);
            return result;
        }
        Sort(_values.AsSpan(0, Count));
        for (int i = 0; i < levels.Count; i++)
        {
            double h = (Count - 1) * levels[i];
            int low = (int)Math.Floor(h);
            int high = Math.Min(Count - 1, low + 1);
            result[i] = _values[low] + (h - low) * (_values[high] - _values[low]);
        }
        return result;
    }

    /// <summary>Sorts ascending, as <see cref="MemoryExtensions.Sort{T}(Span{T})"/> does, in a few passes over the values rather than n log n comparisons.</summary>
    /// <remarks>
    /// The bits of a float that is neither negative nor NaN, read as an unsigned integer, are in the order of the numbers,
    /// so a least-significant-digit radix sort of the bits sorts the numbers: four passes of one byte each (a pass whose
    /// byte every value shares is skipped). A replication of an England-sized year holds millions of durations of a
    /// kind, and the comparison sort of each was 4% of a replication's time. A value that is negative, -0 or NaN (which a
    /// duration never is) sends the whole sample to the comparison sort, so the order is always the same as its.
    /// </remarks>
    internal static void Sort(Span<float> values)
    {
        const int Small = 4096;
        var bits = MemoryMarshal.Cast<float, uint>(values);
        const uint PositiveInfinity = 0x7F80_0000;
        if (values.Length < Small || bits.ContainsAnyExceptInRange(0u, PositiveInfinity))
        {
            values.Sort();
            return;
        }
        // The four bytes' counts in one pass.
        Span<int> counts = new int[4 * 256];
        foreach (uint b in bits)
        {
            counts[(int)(b & 0xFF)]++;
            counts[256 + (int)((b >> 8) & 0xFF)]++;
            counts[512 + (int)((b >> 16) & 0xFF)]++;
            counts[768 + (int)(b >> 24)]++;
        }
        uint[] rented = ArrayPool<uint>.Shared.Rent(values.Length);
        try
        {
            Span<uint> from = bits, to = rented.AsSpan(0, values.Length);
            for (int pass = 0; pass < 4; pass++)
            {
                var count = counts.Slice(pass * 256, 256);
                if (count.Contains(values.Length)) continue;
                int shift = 8 * pass, start = 0;
                for (int digit = 0; digit < 256; digit++)
                {
                    int n = count[digit];
                    count[digit] = start;
                    start += n;
                }
                foreach (uint b in from) to[count[(int)((b >> shift) & 0xFF)]++] = b;
                var swap = from;
                from = to;
                to = swap;
            }
            if (!Unsafe.AreSame(ref MemoryMarshal.GetReference(from), ref MemoryMarshal.GetReference(bits))) from.CopyTo(bits);
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(rented);
        }
    }

    /// <summary>How many values fall in each bin [edges[i], edges[i+1]); the last bin is open above.</summary>
    public long[] Histogram(IReadOnlyList<double> edges)
    {
        // Copied to an array: the loop below reads an edge or more per value, and a list's reads are interface calls.
        double[] lower = [.. edges];
        var counts = new long[lower.Length];
        for (int i = 0; i < Count; i++)
        {
            int bin = lower.Length - 1;
            while (bin > 0 && _values[i] < lower[bin]) bin--;
            counts[bin]++;
        }
        return counts;
    }
}
