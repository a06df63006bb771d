namespace MashSim.Experiments.Results.Saturation;

/// <summary>One sign that the service could not keep up: what was seen, who or what it concerns, and the figure that shows it.</summary>
/// <param name="Kind">busy (a role at or near 100% of its time), growing (open work rising through the measured period), rising (a queue still going up at the end), unfinished (contacts still open after the drain).</param>
/// <param name="Subject">The role that saturates, or the work that piles up, in words.</param>
/// <param name="OutcomeId">The outcome that shows it (a row of summary.csv; a growing queue is the outcome that averages its daily series).</param>
/// <param name="Detail">The figure, in words: "99.8% busy", "from 3 to 812 waiting".</param>
public sealed record OverloadSign(string Kind, string Subject, string OutcomeId, string Detail)
{
    public override string ToString() => $"{Subject}: {Detail}";
}
