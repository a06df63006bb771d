namespace MashSim.Model.Pathway.Decisions;

/// <summary>What a strategy discussion decides.</summary>
public enum StrategyDiscussionOutcome
{
    Section47Enquiry,
    ChildInNeedPlan,
    Close,
}
