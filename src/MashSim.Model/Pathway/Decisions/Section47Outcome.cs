namespace MashSim.Model.Pathway.Decisions;

/// <summary>What a section 47 enquiry's findings lead to.</summary>
public enum Section47Outcome
{
    InitialConference,

    /// <summary>No conference, and the single assessment begun alongside is still under way: its outcome decides.</summary>
    AssessmentContinues,
    ChildInNeedPlan,
    Close,
}
