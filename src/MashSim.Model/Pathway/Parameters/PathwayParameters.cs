using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>What happens after the front door: social work teams and their caseloads, assessment, strategy discussions, section 47, conferences, plans, early help, children looked after and return.</summary>
/// <remarks>Optional in a scenario: without it a run stops at the front door, as the MASH-only scenarios do.</remarks>
public sealed record PathwayParameters : IValidatable
{
    public TeamParameters Team { get; init; } = new();
    public ReferralParameters Referral { get; init; } = new();
    public AssessmentParameters Assessment { get; init; } = new();
    public StrategyDiscussionParameters StrategyDiscussion { get; init; } = new();
    public Section47Parameters Section47 { get; init; } = new();
    public ConferenceParameters Conferences { get; init; } = new();
    public ChildProtectionPlanParameters ChildProtectionPlan { get; init; } = new();
    public ChildInNeedPlanParameters ChildInNeedPlan { get; init; } = new();
    public EarlyHelpParameters EarlyHelp { get; init; } = new();
    public LookedAfterParameters LookedAfter { get; init; } = new();
    public ReturnParameters Return { get; init; } = new();
    public InitialStockParameters InitialStock { get; init; } = new();

    /// <summary>An initial stock draws plan ages from the plans' steady state, which exists only if plans end.</summary>
    public IEnumerable<ValidationProblem> Validate()
    {
        if (InitialStock.ChildProtectionPlans > 0 && ChildProtectionPlan.LaterReviews.Continue >= 1 && ChildProtectionPlan.FirstReview.Continue > 0)
        {
            yield return new("initialStock", "child protection plans never end when every later review continues them (childProtectionPlan.laterReviews.continue: 1), so the initial plans have no steady-state ages to draw from");
        }
        if (InitialStock.ChildInNeedPlans > 0 && ChildInNeedPlan.Review.Continue >= 1)
        {
            yield return new("initialStock", "child in need plans never end when every review continues them (childInNeedPlan.review.continue: 1), so the initial plans have no steady-state ages to draw from");
        }
    }
}
