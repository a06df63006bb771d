namespace MashSim.Model.Pathway.Parameters;

/// <summary>What happens after the front door: social work teams and their caseloads, assessment, strategy discussions, section 47, conferences, plans, early help and return.</summary>
/// <remarks>Optional in a scenario: without it a run stops at the front door, as the MASH-only scenarios do.</remarks>
public sealed record PathwayParameters
{
    public TeamParameters Team { get; init; } = new();
    public AssessmentParameters Assessment { get; init; } = new();
    public StrategyDiscussionParameters StrategyDiscussion { get; init; } = new();
    public Section47Parameters Section47 { get; init; } = new();
    public ConferenceParameters Conferences { get; init; } = new();
    public ChildProtectionPlanParameters ChildProtectionPlan { get; init; } = new();
    public ChildInNeedPlanParameters ChildInNeedPlan { get; init; } = new();
    public EarlyHelpParameters EarlyHelp { get; init; } = new();
    public ReturnParameters Return { get; init; } = new();
}
