namespace MashSim.Model.Runs;

/// <summary>One replication's values of a <see cref="DailyMeasure"/>, one per day of the measured period.</summary>
public sealed record DailySeries(DailyMeasure Measure, IReadOnlyList<double> Values);
