using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>What happens after the front door: social work teams and their caseloads, assessment, strategy discussions, section 47, conferences, plans, early help, children looked after and return.</summary>
/// <remarks>Optional in a scenario: without it a run stops at the front door, as the MASH-only scenarios do.</remarks>
public sealed record PathwayParameters : IValidatable
{
    public required TeamParameters Team { get; init; }
    public required ReferralParameters Referral { get; init; }
    public required AssessmentParameters Assessment { get; init; }
    public required StrategyDiscussionParameters StrategyDiscussion { get; init; }
    public required Section47Parameters Section47 { get; init; }
    public required ConferenceParameters Conferences { get; init; }
    public required ChildProtectionPlanParameters ChildProtectionPlan { get; init; }
    public required ChildInNeedPlanParameters ChildInNeedPlan { get; init; }
    public required EarlyHelpParameters EarlyHelp { get; init; }
    public required LookedAfterParameters LookedAfter { get; init; }
    public required ReturnParameters Return { get; init; }
    public required InitialStockParameters InitialStock { get; init; }

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
