namespace MashSim.Model.Pathway.Decisions;

/// <summary>What a section 47 enquiry's findings lead to.</summary>
public enum Section47Outcome
{
    InitialConference,
    ChildInNeedPlan,
    Close,
}
