namespace MashSim.Model.Pathway.Recording;

/// <summary>How many worker-days had each caseload (caseloads are whole children), so percentiles cost no list of samples at national size.</summary>
internal sealed class CaseloadHistogram
{
    private long[] _days = new long[64];

    public long Count { get; private set; }
    public int Max { get; private set; }
    private double _sum;

    public void Add(int caseload)
    {
        if (caseload >= _days.Length) Array.Resize(ref _days, Math.Max(caseload + 1, _days.Length * 2));
        _days[caseload]++;
        Count++;
        _sum += caseload;
        if (caseload > Max) Max = caseload;
    }

    public double Mean => Count > 0 ? _sum / Count : double.NaN;

    /// <summary>The share of worker-days with more than <paramref name="children"/> children.</summary>
    public double ShareAbove(int children)
    {
        if (Count == 0) return double.NaN;
        long above = 0;
        for (int c = children + 1; c < _days.Length; c++) above += _days[c];
        return (double)above / Count;
    }

    /// <summary>The caseload at percentile <paramref name="level"/>, linear between order statistics (as the durations).</summary>
    public double Percentile(double level)
    {
        if (Count == 0) return double.NaN;
        double h = (Count - 1) * level;
        long low = (long)Math.Floor(h);
        return ValueAt(low) + (h - low) * (ValueAt(Math.Min(Count - 1, low + 1)) - ValueAt(low));
    }

    /// <summary>The <paramref name="rank"/>-th smallest worker-day caseload (from 0).</summary>
    private int ValueAt(long rank)
    {
        long seen = 0;
        for (int c = 0; c < _days.Length; c++)
        {
            seen += _days[c];
            if (rank < seen) return c;
        }
        return Max;
    }
}
