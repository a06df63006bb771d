using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Decisions;
using MashSim.Model.Pathway.Parameters;

namespace MashSim.Model.Pathway.Workflows;

/// <summary>The decisions that route a case: the workflow asks when a trigger with several destinations fires, and maps each answer to the state it declares.</summary>
/// <remarks>Each call is made exactly once per firing, when the event happens, so an implementation may draw at random.</remarks>
public interface ICaseRouting
{
    /// <summary>The decision on the type of response: an assessment, or no further action.</summary>
    ReferralResponse AfterReferral(Case c);

    /// <summary>Whether an allocated referral goes straight to a strategy discussion (a red child, immediate risk), its assessment running alongside.</summary>
    bool StraightToStrategyDiscussion(Case c);

    AssessmentOutcome AfterAssessment(Case c);
    StrategyDiscussionOutcome AfterStrategyDiscussion(Case c);
    Section47Outcome AfterSection47(Case c);
    ConferenceOutcome AfterInitialConference(Case c);

    /// <summary>A child protection review: continue, step down to child in need, close, or the child becomes looked after.</summary>
    PlanReviewOutcome AfterChildProtectionReview(Case c);

    /// <summary>A child in need review: continue, step down to early help, close, or escalate to a strategy discussion.</summary>
    PlanReviewOutcome AfterChildInNeedReview(Case c);
}
