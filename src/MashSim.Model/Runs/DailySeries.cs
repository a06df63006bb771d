namespace MashSim.Model.Runs;

/// <summary>A quantity followed through the measured period, one value per day (the queue for screening, children on plans...).</summary>
public sealed record DailySeries(string Id, string Label, IReadOnlyList<double> Values);
