namespace MashSim.Model.Recording.Distributions;

/// <summary>Collects every duration of <see cref="Duration.All"/> in the measured period, and fills their percentile outcomes and histograms.</summary>
internal sealed class DurationRecorder
{
    private readonly Dictionary<Duration, DurationSample> _samples = Duration.All.ToDictionary(d => d, _ => new DurationSample());

    public void Add(Duration duration, double value) => _samples[duration].Add(value);

    public int Count(Duration duration) => _samples[duration].Count;

    /// <summary>Sets each duration's percentile outcomes (left as no observations for the pathway's durations when there is no pathway) and returns the histograms.</summary>
    public IReadOnlyList<DurationHistogram> Fill(double[] values)
    {
        var histograms = new List<DurationHistogram>(Duration.All.Count);
        foreach (var duration in Duration.All)
        {
            var sample = _samples[duration];
            var percentiles = sample.Percentiles(Duration.Levels);
            for (int i = 0; i < percentiles.Length; i++) values[duration.Percentiles[i].Index] = percentiles[i];
            histograms.Add(new DurationHistogram(duration.Id, sample.Histogram(duration.Edges)));
        }
        return histograms;
    }
}
