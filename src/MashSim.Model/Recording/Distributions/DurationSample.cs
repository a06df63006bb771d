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
        Array.Sort(_values, 0, Count);
        for (int i = 0; i < levels.Count; i++)
        {
            double h = (Count - 1) * levels[i];
            int low = (int)Math.Floor(h);
            int high = Math.Min(Count - 1, low + 1);
            result[i] = _values[low] + (h - low) * (_values[high] - _values[low]);
        }
        return result;
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
