using MashSim.Kernel.Random;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Parameters;
using MashSim.Model.Pathway.Workflows;

namespace MashSim.Model.Pathway.Decisions;

/// <summary>Every decision along the pathway, drawn when the event happens from the scenario's chances.</summary>
internal sealed class CaseDecisions : ICaseRouting
{
    private readonly PathwayParameters _p;
    private readonly CategoricalChoice<AssessmentOutcome> _assessmentOutcome;
    private readonly CategoricalChoice<PlanReviewOutcome> _firstCpReview, _laterCpReview, _cinReview;
    private readonly System.Random _decisions;

    public CaseDecisions(PathwayParameters parameters, RandomStreams streams)
    {
        _p = parameters;
        _assessmentOutcome = new CategoricalChoice<AssessmentOutcome>(parameters.Assessment.Outcomes.Shares(), streams.Stream("pathway.assessment.outcome"));
        _firstCpReview = new CategoricalChoice<PlanReviewOutcome>(parameters.ChildProtectionPlan.FirstReview.Shares(), streams.Stream("pathway.cp.firstReview"));
        _laterCpReview = new CategoricalChoice<PlanReviewOutcome>(parameters.ChildProtectionPlan.LaterReviews.Shares(), streams.Stream("pathway.cp.laterReview"));
        _cinReview = new CategoricalChoice<PlanReviewOutcome>(parameters.ChildInNeedPlan.Review.Shares(), streams.Stream("pathway.cin.review"));
        _decisions = streams.Stream("pathway.decisions");
    }

    public bool StraightToStrategyDiscussion(Case c) => c.IsRed;

    public AssessmentOutcome AfterAssessment(Case c) => _assessmentOutcome.Next();

    public StrategyDiscussionOutcome AfterStrategyDiscussion(Case c) =>
        Chance(_p.StrategyDiscussion.Section47Probability) ? StrategyDiscussionOutcome.Section47Enquiry
        : Chance(_p.StrategyDiscussion.ChildInNeedIfNoSection47) ? StrategyDiscussionOutcome.ChildInNeedPlan
        : StrategyDiscussionOutcome.Close;

    public Section47Outcome AfterSection47(Case c) =>
        Chance(_p.Section47.ConferenceProbability) ? Section47Outcome.InitialConference
        : Chance(_p.Section47.ChildInNeedIfNoConference) ? Section47Outcome.ChildInNeedPlan
        : Section47Outcome.Close;

    public ConferenceOutcome AfterInitialConference(Case c) =>
        Chance(_p.Conferences.PlanProbability) ? ConferenceOutcome.ChildProtectionPlan
        : Chance(_p.Conferences.ChildInNeedIfNoPlan) ? ConferenceOutcome.ChildInNeedPlan
        : ConferenceOutcome.NoPlan;

    public PlanReviewOutcome AfterChildProtectionReview(Case c) => (c.ReviewsHeld <= 1 ? _firstCpReview : _laterCpReview).Next();

    public PlanReviewOutcome AfterChildInNeedReview(Case c) => _cinReview.Next();

    /// <summary>Whether early help ends with a step-up: a new contact to the front door.</summary>
    public bool StepsUp(Case c) => Chance(_p.EarlyHelp.StepUpProbability);

    /// <summary>Whether a case leaving its social worker (closed or stepped down) leaves too soon: likelier the more stretched the worker (000, 001, 003).</summary>
    public bool EndsPrematurely(Case c)
    {
        double pressure = c.Worker?.Pressure ?? 0;
        return Chance(Math.Clamp(_p.Return.PrematureBase + _p.Return.PrematurePerUnitPressure * Math.Max(0, pressure - 1), 0, 1));
    }

    private bool Chance(double probability) => _decisions.NextDouble() < probability;
}
