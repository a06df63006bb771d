namespace MashSim.Experiments.Comparison;

/// <summary>What a paired comparison says about one outcome: better, worse, or no difference the replications can detect.</summary>
public enum Verdict
{
    NoDetectableDifference,
    Better,
    Worse,

    /// <summary>The outcome differs, but it has no better direction (a count, a share of decisions).</summary>
    Higher,
    Lower,
}
