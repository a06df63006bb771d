using MashSim.Experiments.Results;
using MashSim.Model.Recording;

namespace MashSim.Experiments.Comparison;

/// <summary>One outcome of one scenario against the first: the per-replication differences' mean and 95% CI, and the verdict.</summary>
/// <remarks>
/// Replication r of every scenario uses the streams derived from (seed, r), so the differences are paired (common
/// random numbers) and their interval is far narrower than comparing two independent intervals would give.
/// </remarks>
public sealed record PairedDifference(Kpi Kpi, ConfidenceInterval Difference)
{
    public Verdict Verdict
    {
        get
        {
            if (Difference.N < 2 || !(Difference.Low > 0 || Difference.High < 0)) return Verdict.NoDetectableDifference;
            bool higher = Difference.Low > 0;
            return Kpi.HigherIsBetter switch
            {
                true => higher ? Verdict.Better : Verdict.Worse,
                false => higher ? Verdict.Worse : Verdict.Better,
                null => higher ? Verdict.Higher : Verdict.Lower,
            };
        }
    }

    /// <summary>The paired difference of <paramref name="kpi"/> between two experiments run with the same seed, replication by replication.</summary>
    public static PairedDifference Of(Kpi kpi, ExperimentResult baseline, ExperimentResult other)
    {
        if (baseline.Runs.Count != other.Runs.Count || baseline.Plan.Seed != other.Plan.Seed)
            throw new ArgumentException("Paired comparison needs the same replications with the same seed.");
        // A difference of 0 counts as an observation: identical replications are the clearest "no difference".
        var differences = baseline.Runs.Zip(other.Runs, (a, b) => b[kpi] - a[kpi]);
        return new PairedDifference(kpi, ConfidenceInterval.Of(differences));
    }
}
