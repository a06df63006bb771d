namespace MashSim.Model.Pathway.Parameters;

/// <summary>What a completed assessment decides.</summary>
public enum AssessmentOutcome
{
    Close,
    EarlyHelp,
    ChildInNeedPlan,
    StrategyDiscussion,
}
