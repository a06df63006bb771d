namespace MashSim.Model.Pathway.Cases;

/// <summary>What happens to a case; each is reported by a kernel event when it falls due.</summary>
public enum CaseTrigger
{
    ResponseDecided,
    Allocated,
    AssessmentCompleted,
    StrategyDiscussionHeld,
    Section47Completed,
    ConferenceHeld,
    PlanReviewed,
    PanelMet,
    EarlyHelpEnded,
    CareEnded,
}
