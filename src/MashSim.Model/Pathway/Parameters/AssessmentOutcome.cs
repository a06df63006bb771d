namespace MashSim.Model.Pathway.Parameters;

/// <summary>What a completed assessment decides.</summary>
public enum AssessmentOutcome
{
    Close,
    EarlyHelp,
    ChildInNeedPlan,
    StrategyDiscussion,

    /// <summary>The child becomes looked after directly (accommodated, or an emergency order), without a child protection plan first.</summary>
    LookedAfter,
}
