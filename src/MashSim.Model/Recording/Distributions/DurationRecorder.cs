namespace MashSim.Model.Recording.Distributions;

/// <summary>Collects every duration of <see cref="Duration.All"/> in the measured period, and fills their percentile outcomes and histograms.</summary>
internal sealed class DurationRecorder
{
    // An array in the order of Duration.All, not a dictionary keyed by Duration: a record's hash runs over all its
    // members (the id and label strings, the edges), and Add runs once per recorded sample (3% of the M/M/5 bench).
    private static readonly Duration[] All = [.. Duration.All];
    private readonly DurationSample[] _samples = [.. All.Select(_ => new DurationSample())];

    public void Add(Duration duration, double value) => _samples[Slot(duration)].Add(value);

    /// <summary>Adds every one of <paramref name="values"/> at once, into room made for them all (no doubling on the way).</summary>
    public void AddAll(Duration duration, IReadOnlyList<double> values)
    {
        var sample = _samples[Slot(duration)];
        sample.Reserve(values.Count);
        foreach (double value in values) sample.Add(value);
    }

    public int Count(Duration duration) => _samples[Slot(duration)].Count;

    /// <summary>Sets each duration's percentile outcomes (left as no observations for the pathway's durations when there is no pathway) and returns the histograms.</summary>
    public IReadOnlyList<DurationHistogram> Fill(double[] values)
    {
        var histograms = new List<DurationHistogram>(All.Length);
        for (int slot = 0; slot < All.Length; slot++)
        {
            var duration = All[slot];
            var sample = _samples[slot];
            var percentiles = sample.Percentiles(Duration.Levels);
            for (int i = 0; i < percentiles.Length; i++) values[duration.Percentiles[i].Index] = percentiles[i];
            histograms.Add(new DurationHistogram(duration.Id, sample.Histogram(duration.Edges)));
        }
        return histograms;
    }

    /// <summary>The duration's place in <see cref="Duration.All"/>: a scan of seven references, cheaper than any hash.</summary>
    private static int Slot(Duration duration)
    {
        for (int i = 0; i < All.Length; i++)
        {
            if (ReferenceEquals(All[i], duration)) return i;
        }
        throw new ArgumentException($"{duration.Id} is not one of Duration.All.", nameof(duration));
    }
}
