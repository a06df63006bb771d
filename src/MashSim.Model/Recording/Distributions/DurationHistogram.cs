namespace MashSim.Model.Recording.Distributions;

/// <summary>One replication's counts of a duration in each bin of <see cref="Duration.Edges"/>.</summary>
public sealed record DurationHistogram(string Id, IReadOnlyList<long> Counts);
