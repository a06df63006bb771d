namespace MashSim.Model.Pathway.Cases;

/// <summary>Where a child's case is after the front door. States are places; the last two are where cases leave.</summary>
public enum CaseState
{
    /// <summary>Referred, awaiting the decision on the type of response (within one working day, Working Together 2018).</summary>
    Referred,
    AwaitingAllocation,
    InAssessment,
    AwaitingStrategyDiscussion,
    InSection47,
    AwaitingConference,
    OnChildProtectionPlan,
    OnChildInNeedPlan,
    AwaitingEarlyHelpPanel,
    InEarlyHelp,

    /// <summary>Looked after by the local authority, held by a children looked after team outside the modelled caseloads.</summary>
    LookedAfter,
    Closed,

    /// <summary>Ceased to be looked after.</summary>
    LeftCare,
}
