namespace MashSim.Model.Pathway.Cases;

/// <summary>Where a child's case is after the front door. States are places; the last two are where cases leave.</summary>
public enum CaseState
{
    AwaitingAllocation,
    InAssessment,
    AwaitingStrategyDiscussion,
    InSection47,
    AwaitingConference,
    OnChildProtectionPlan,
    OnChildInNeedPlan,
    AwaitingEarlyHelpPanel,
    InEarlyHelp,
    Closed,
    LookedAfter,
}
