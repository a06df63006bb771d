using MashSim.Model.Parameters;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>Where a completed assessment leads; the shares sum to 1.</summary>
/// <remarks>An assessment that ran alongside a section 47 enquiry cannot call another strategy discussion: its strategy share goes to the others in proportion.</remarks>
public sealed record AssessmentOutcomes : ShareMix<AssessmentOutcome>
{
    /// <summary>Closed: assessed and found not in need (national, DfE 2017-18: 28.5% of referrals).</summary>
    public double Close { get; init; }
    public double EarlyHelp { get; init; }
    public double ChildInNeedPlan { get; init; }
    public double StrategyDiscussion { get; init; }
    public double LookedAfter { get; init; }
}
