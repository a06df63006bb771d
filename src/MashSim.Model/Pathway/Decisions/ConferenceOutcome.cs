namespace MashSim.Model.Pathway.Decisions;

/// <summary>What an initial child protection conference decides.</summary>
public enum ConferenceOutcome
{
    ChildProtectionPlan,
    ChildInNeedPlan,
    NoPlan,
}
