namespace MashSim.Model.Pathway.Parameters;

/// <summary>What a plan review decides.</summary>
public enum PlanReviewOutcome
{
    Continue,
    StepDown,
    Close,
    LookedAfter,
    Escalate,
}
