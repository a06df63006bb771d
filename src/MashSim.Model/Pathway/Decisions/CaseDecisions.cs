using MashSim.Kernel.Random;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Parameters;
using MashSim.Model.Pathway.Workflows;

namespace MashSim.Model.Pathway.Decisions;

/// <summary>Every decision along the pathway, drawn when the event happens from the scenario's chances.</summary>
/// <remarks>
/// Each decision draws from its own named stream, and a decision made of two chances (a section 47, or else a child
/// in need plan) draws both every time. So under common random numbers the n-th time a decision is made it sees the
/// same number whatever the other decisions' chances: a what-if that changes one decision moves no other's draws.
/// </remarks>
internal sealed class CaseDecisions : ICaseRouting
{
    private readonly PathwayParameters _p;
    private readonly CategoricalChoice<AssessmentOutcome> _assessmentOutcome, _assessmentOutcomeAfterSection47;
    private readonly CategoricalChoice<PlanReviewOutcome> _firstCpReview, _laterCpReview, _cinReview;
    private readonly System.Random _section47, _childInNeedIfNoSection47, _conference, _childInNeedIfNoConference,
        _plan, _childInNeedIfNoPlan, _stepUp, _premature, _noFurtherAction;

    public CaseDecisions(PathwayParameters parameters, RandomStreams streams)
    {
        _p = parameters;
        _assessmentOutcome = new CategoricalChoice<AssessmentOutcome>(parameters.Assessment.Outcomes.Shares(), streams.Stream("pathway.assessment.outcome"));
        _assessmentOutcomeAfterSection47 = new CategoricalChoice<AssessmentOutcome>(
            parameters.Assessment.Outcomes.Shares().Where(s => s.Key != AssessmentOutcome.StrategyDiscussion), streams.Stream("pathway.assessment.outcomeAfterSection47"));
        _firstCpReview = new CategoricalChoice<PlanReviewOutcome>(parameters.ChildProtectionPlan.FirstReview.Shares(), streams.Stream("pathway.cp.firstReview"));
        _laterCpReview = new CategoricalChoice<PlanReviewOutcome>(parameters.ChildProtectionPlan.LaterReviews.Shares(), streams.Stream("pathway.cp.laterReview"));
        _cinReview = new CategoricalChoice<PlanReviewOutcome>(parameters.ChildInNeedPlan.Review.Shares(), streams.Stream("pathway.cin.review"));
        _section47 = streams.Stream("pathway.decision.section47");
        _childInNeedIfNoSection47 = streams.Stream("pathway.decision.childInNeedIfNoSection47");
        _conference = streams.Stream("pathway.decision.conference");
        _childInNeedIfNoConference = streams.Stream("pathway.decision.childInNeedIfNoConference");
        _plan = streams.Stream("pathway.decision.plan");
        _childInNeedIfNoPlan = streams.Stream("pathway.decision.childInNeedIfNoPlan");
        _stepUp = streams.Stream("pathway.decision.stepUp");
        _premature = streams.Stream("pathway.decision.premature");
        _noFurtherAction = streams.Stream("pathway.decision.noFurtherAction");
    }

    /// <summary>A red child is always assessed; the rest are closed with no further action at the scenario's chance.</summary>
    public ReferralResponse AfterReferral(Case c) =>
        Chance(_noFurtherAction, _p.Referral.NoFurtherActionProbability) && !c.IsRed ? ReferralResponse.NoFurtherAction : ReferralResponse.Assessment;

    public bool StraightToStrategyDiscussion(Case c) => c.IsRed;

    /// <summary>An assessment that ran alongside a strategy discussion cannot call another: its outcome is drawn without that share.</summary>
    public AssessmentOutcome AfterAssessment(Case c) =>
        (c.StrategyHeldAt is null ? _assessmentOutcome : _assessmentOutcomeAfterSection47).Next();

    public StrategyDiscussionOutcome AfterStrategyDiscussion(Case c) =>
        Either(_section47, _p.StrategyDiscussion.Section47Probability, _childInNeedIfNoSection47, _p.StrategyDiscussion.ChildInNeedIfNoSection47) switch
        {
            (true, _) => StrategyDiscussionOutcome.Section47Enquiry,
            (_, true) => StrategyDiscussionOutcome.ChildInNeedPlan,
            _ => StrategyDiscussionOutcome.Close,
        };

    /// <summary>Without a conference, an assessment still under way decides what follows; otherwise the enquiry's own chances do.</summary>
    public Section47Outcome AfterSection47(Case c) =>
        Either(_conference, _p.Section47.ConferenceProbability, _childInNeedIfNoConference, _p.Section47.ChildInNeedIfNoConference) switch
        {
            (true, _) => Section47Outcome.InitialConference,
            _ when c.AssessmentUnderway => Section47Outcome.AssessmentContinues,
            (_, true) => Section47Outcome.ChildInNeedPlan,
            _ => Section47Outcome.Close,
        };

    public ConferenceOutcome AfterInitialConference(Case c) =>
        Either(_plan, _p.Conferences.PlanProbability, _childInNeedIfNoPlan, _p.Conferences.ChildInNeedIfNoPlan) switch
        {
            (true, _) => ConferenceOutcome.ChildProtectionPlan,
            (_, true) => ConferenceOutcome.ChildInNeedPlan,
            _ => ConferenceOutcome.NoPlan,
        };

    public PlanReviewOutcome AfterChildProtectionReview(Case c) => (c.ReviewsHeld <= 1 ? _firstCpReview : _laterCpReview).Next();

    public PlanReviewOutcome AfterChildInNeedReview(Case c) => _cinReview.Next();

    /// <summary>Whether early help ends with a step-up: a new contact to the front door; an early help hub, when there is one, has decided already.</summary>
    public bool StepsUp(Case c) => c.SteppedUpFromEarlyHelpHub ?? Chance(_stepUp, _p.EarlyHelp.StepUpProbability);

    /// <summary>Whether a case leaving its social worker (closed or stepped down) leaves too soon: likelier the more stretched the worker (000, 001, 003).</summary>
    public bool EndsPrematurely(Case c)
    {
        double pressure = c.Worker?.Pressure ?? 0;
        return Chance(_premature, Math.Clamp(_p.Return.PrematureBase + _p.Return.PrematurePerUnitPressure * Math.Max(0, pressure - 1), 0, 1));
    }

    private static bool Chance(System.Random stream, double probability) => stream.NextDouble() < probability;

    /// <summary>A first chance, and the fallback's chance should the first fail: both drawn every time, so each stream advances once per decision.</summary>
    private static (bool First, bool Fallback) Either(System.Random first, double firstChance, System.Random fallback, double fallbackChance)
    {
        bool a = Chance(first, firstChance);
        bool b = Chance(fallback, fallbackChance);
        return (a, b);
    }
}
