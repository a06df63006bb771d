using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>Where a completed assessment leads; the shares sum to 1.</summary>
public sealed record AssessmentOutcomes : IValidatable
{
    /// <summary>Closed: assessed and found not in need (national, DfE 2017-18: 28.5% of referrals).</summary>
    public double Close { get; init; } = 0.33;
    public double EarlyHelp { get; init; } = 0.17;
    public double ChildInNeedPlan { get; init; } = 0.30;
    public double StrategyDiscussion { get; init; } = 0.20;

    public IEnumerable<KeyValuePair<AssessmentOutcome, double>> Shares() =>
    [
        new(AssessmentOutcome.Close, Close), new(AssessmentOutcome.EarlyHelp, EarlyHelp),
        new(AssessmentOutcome.ChildInNeedPlan, ChildInNeedPlan), new(AssessmentOutcome.StrategyDiscussion, StrategyDiscussion),
    ];

    public IEnumerable<ValidationProblem> Validate() =>
        MashSim.Model.Parameters.Shares.Check([("close", Close), ("earlyHelp", EarlyHelp), ("childInNeedPlan", ChildInNeedPlan), ("strategyDiscussion", StrategyDiscussion)]);
}
