using MashSim.Kernel;
using MashSim.Model.Contacts;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Decisions;
using MashSim.Model.Pathway.Parameters;
using MashSim.Model.Pathway.Workflows;

namespace MashSim.Model.Tests.Pathway;

public class CaseWorkflowTests
{
    /// <summary>Activities that note what they were asked, and routing that gives the answer the test set.</summary>
    private sealed class Noted : ICaseActivities, ICaseRouting, ICaseObserver
    {
        public List<string> Asked { get; } = [];
        public List<(CaseState From, CaseState To)> Transitions { get; } = [];
        public object? Answer { get; set; }
        public int Decisions { get; private set; }
        public void RequestAllocation(Case c) => Asked.Add("allocate");
        public void StartAssessment(Case c) => Asked.Add("assess");
        public void RequestStrategyDiscussion(Case c) => Asked.Add("strategy");
        public void StartSection47(Case c) => Asked.Add("s47");
        public void BookConference(Case c) => Asked.Add("conference");
        public void StartChildProtectionPlan(Case c) => Asked.Add("cp");
        public void ContinueChildProtectionPlan(Case c) => Asked.Add("cp continues");
        public void StartChildInNeedPlan(Case c) => Asked.Add("cin");
        public void ContinueChildInNeedPlan(Case c) => Asked.Add("cin continues");
        public void EndPlan(Case c) => Asked.Add($"{c.State} ends");
        public void AwaitPanel(Case c) => Asked.Add("panel");
        public void StartEarlyHelp(Case c) => Asked.Add("early help");
        public void Close(Case c) => Asked.Add("close");
        public void BecomeLookedAfter(Case c) => Asked.Add("looked after");
        public void OnTransition(Case c, CaseState from, CaseState to, CaseTrigger trigger) => Transitions.Add((from, to));
        public ReferralResponse AfterReferral(Case c) => Decide<ReferralResponse>();
        public bool StraightToStrategyDiscussion(Case c) => Decide<bool>();
        public AssessmentOutcome AfterAssessment(Case c) => Decide<AssessmentOutcome>();
        public StrategyDiscussionOutcome AfterStrategyDiscussion(Case c) => Decide<StrategyDiscussionOutcome>();
        public Section47Outcome AfterSection47(Case c) => Decide<Section47Outcome>();
        public ConferenceOutcome AfterInitialConference(Case c) => Decide<ConferenceOutcome>();
        public PlanReviewOutcome AfterChildProtectionReview(Case c) => Decide<PlanReviewOutcome>();
        public PlanReviewOutcome AfterChildInNeedReview(Case c) => Decide<PlanReviewOutcome>();

        private T Decide<T>()
        {
            Decisions++;
            return (T)Answer!;
        }
    }

    private static (CaseWorkflow Workflow, Noted Noted) Build()
    {
        var noted = new Noted();
        return (new CaseWorkflow(noted, noted, noted), noted);
    }

    private static Case NewCase(RagRating rag = RagRating.Amber) => new(1, 1, rag, SimTime.Zero, counted: true);

    private static void Step(CaseWorkflow workflow, Noted noted, Case c, CaseTrigger trigger, object? answer, CaseState next)
    {
        noted.Answer = answer;
        workflow.Fire(c, trigger);
        Assert.Equal(next, c.State);
    }

    /// <summary>Every declared transition of the machine, as (from, trigger, the decision's answer, to); no answer where there is one destination.</summary>
    public static TheoryData<CaseState, CaseTrigger, object?, CaseState> Transitions => new()
    {
        { CaseState.Referred, CaseTrigger.ResponseDecided, ReferralResponse.Assessment, CaseState.AwaitingAllocation },
        { CaseState.Referred, CaseTrigger.ResponseDecided, ReferralResponse.NoFurtherAction, CaseState.Closed },
        { CaseState.AwaitingAllocation, CaseTrigger.Allocated, false, CaseState.InAssessment },
        { CaseState.AwaitingAllocation, CaseTrigger.Allocated, true, CaseState.AwaitingStrategyDiscussion },
        { CaseState.InAssessment, CaseTrigger.AssessmentCompleted, AssessmentOutcome.Close, CaseState.Closed },
        { CaseState.InAssessment, CaseTrigger.AssessmentCompleted, AssessmentOutcome.EarlyHelp, CaseState.AwaitingEarlyHelpPanel },
        { CaseState.InAssessment, CaseTrigger.AssessmentCompleted, AssessmentOutcome.ChildInNeedPlan, CaseState.OnChildInNeedPlan },
        { CaseState.InAssessment, CaseTrigger.AssessmentCompleted, AssessmentOutcome.StrategyDiscussion, CaseState.AwaitingStrategyDiscussion },
        { CaseState.InAssessment, CaseTrigger.AssessmentCompleted, AssessmentOutcome.LookedAfter, CaseState.LookedAfter },
        { CaseState.AwaitingStrategyDiscussion, CaseTrigger.StrategyDiscussionHeld, StrategyDiscussionOutcome.Section47Enquiry, CaseState.InSection47 },
        { CaseState.AwaitingStrategyDiscussion, CaseTrigger.StrategyDiscussionHeld, StrategyDiscussionOutcome.ChildInNeedPlan, CaseState.OnChildInNeedPlan },
        { CaseState.AwaitingStrategyDiscussion, CaseTrigger.StrategyDiscussionHeld, StrategyDiscussionOutcome.Close, CaseState.Closed },
        { CaseState.InSection47, CaseTrigger.Section47Completed, Section47Outcome.InitialConference, CaseState.AwaitingConference },
        { CaseState.InSection47, CaseTrigger.Section47Completed, Section47Outcome.AssessmentContinues, CaseState.InAssessment },
        { CaseState.InSection47, CaseTrigger.Section47Completed, Section47Outcome.ChildInNeedPlan, CaseState.OnChildInNeedPlan },
        { CaseState.InSection47, CaseTrigger.Section47Completed, Section47Outcome.Close, CaseState.Closed },
        { CaseState.AwaitingConference, CaseTrigger.ConferenceHeld, ConferenceOutcome.ChildProtectionPlan, CaseState.OnChildProtectionPlan },
        { CaseState.AwaitingConference, CaseTrigger.ConferenceHeld, ConferenceOutcome.ChildInNeedPlan, CaseState.OnChildInNeedPlan },
        { CaseState.AwaitingConference, CaseTrigger.ConferenceHeld, ConferenceOutcome.NoPlan, CaseState.Closed },
        { CaseState.OnChildProtectionPlan, CaseTrigger.PlanReviewed, PlanReviewOutcome.Continue, CaseState.OnChildProtectionPlan },
        { CaseState.OnChildProtectionPlan, CaseTrigger.PlanReviewed, PlanReviewOutcome.StepDown, CaseState.OnChildInNeedPlan },
        { CaseState.OnChildProtectionPlan, CaseTrigger.PlanReviewed, PlanReviewOutcome.Close, CaseState.Closed },
        { CaseState.OnChildProtectionPlan, CaseTrigger.PlanReviewed, PlanReviewOutcome.LookedAfter, CaseState.LookedAfter },
        { CaseState.OnChildInNeedPlan, CaseTrigger.PlanReviewed, PlanReviewOutcome.Continue, CaseState.OnChildInNeedPlan },
        { CaseState.OnChildInNeedPlan, CaseTrigger.PlanReviewed, PlanReviewOutcome.StepDown, CaseState.AwaitingEarlyHelpPanel },
        { CaseState.OnChildInNeedPlan, CaseTrigger.PlanReviewed, PlanReviewOutcome.Close, CaseState.Closed },
        { CaseState.OnChildInNeedPlan, CaseTrigger.PlanReviewed, PlanReviewOutcome.Escalate, CaseState.AwaitingStrategyDiscussion },
        { CaseState.AwaitingEarlyHelpPanel, CaseTrigger.PanelMet, null, CaseState.InEarlyHelp },
        { CaseState.InEarlyHelp, CaseTrigger.EarlyHelpEnded, null, CaseState.Closed },
        { CaseState.LookedAfter, CaseTrigger.CareEnded, null, CaseState.LeftCare },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Every_declared_transition_is_taken_on_its_answer_asking_the_routing_once(CaseState from, CaseTrigger trigger, object? answer, CaseState to)
    {
        var (workflow, noted) = Build();
        var c = NewCase();
        c.State = from;
        Step(workflow, noted, c, trigger, answer, to);
        Assert.Equal((from, to), noted.Transitions.Single());
        Assert.Equal(answer is null ? 0 : 1, noted.Decisions);
    }

    [Fact]
    public void The_declared_transitions_are_exactly_those_the_diagram_shows()
    {
        var (workflow, _) = Build();
        string diagram = workflow.ToMermaid();
        var arrows = diagram.Split('\n').Count(line => line.Contains(" --> ") && !line.Contains("Decision") && !line.Contains("[*]"));
        var routed = diagram.Split('\n').Count(line => line.TrimStart().StartsWith("Decision", StringComparison.Ordinal) && line.Contains(" --> "));
        Assert.Equal(Transitions.Count(), arrows + routed);
    }

    [Fact]
    public void A_child_goes_from_referral_through_protection_to_becoming_looked_after()
    {
        var (workflow, noted) = Build();
        var c = NewCase();
        Step(workflow, noted, c, CaseTrigger.ResponseDecided, ReferralResponse.Assessment, CaseState.AwaitingAllocation);
        Step(workflow, noted, c, CaseTrigger.Allocated, false, CaseState.InAssessment);
        Step(workflow, noted, c, CaseTrigger.AssessmentCompleted, AssessmentOutcome.StrategyDiscussion, CaseState.AwaitingStrategyDiscussion);
        Step(workflow, noted, c, CaseTrigger.StrategyDiscussionHeld, StrategyDiscussionOutcome.Section47Enquiry, CaseState.InSection47);
        Step(workflow, noted, c, CaseTrigger.Section47Completed, Section47Outcome.InitialConference, CaseState.AwaitingConference);
        Step(workflow, noted, c, CaseTrigger.ConferenceHeld, ConferenceOutcome.ChildProtectionPlan, CaseState.OnChildProtectionPlan);
        Step(workflow, noted, c, CaseTrigger.PlanReviewed, PlanReviewOutcome.Continue, CaseState.OnChildProtectionPlan);
        Step(workflow, noted, c, CaseTrigger.PlanReviewed, PlanReviewOutcome.LookedAfter, CaseState.LookedAfter);
        Step(workflow, noted, c, CaseTrigger.CareEnded, null, CaseState.LeftCare);
        Assert.Equal(["allocate", "assess", "strategy", "s47", "conference", "cp", "cp continues", "OnChildProtectionPlan ends", "looked after"], noted.Asked);
    }

    [Fact]
    public void A_red_childs_assessment_starts_with_the_strategy_discussion_and_decides_after_an_enquiry_without_conference()
    {
        var (workflow, noted) = Build();
        var c = NewCase(RagRating.Red);
        c.State = CaseState.AwaitingAllocation;
        Step(workflow, noted, c, CaseTrigger.Allocated, true, CaseState.AwaitingStrategyDiscussion);
        Step(workflow, noted, c, CaseTrigger.StrategyDiscussionHeld, StrategyDiscussionOutcome.Section47Enquiry, CaseState.InSection47);
        Step(workflow, noted, c, CaseTrigger.Section47Completed, Section47Outcome.AssessmentContinues, CaseState.InAssessment);
        Step(workflow, noted, c, CaseTrigger.AssessmentCompleted, AssessmentOutcome.ChildInNeedPlan, CaseState.OnChildInNeedPlan);
        // One assessment, begun with the strategy discussion and not begun again when the enquiry hands back to it.
        Assert.Equal(["assess", "strategy", "s47", "cin"], noted.Asked);
    }

    [Fact]
    public void A_child_in_need_escalated_to_a_strategy_discussion_starts_no_new_assessment()
    {
        var (workflow, noted) = Build();
        var c = NewCase();
        c.State = CaseState.OnChildInNeedPlan;
        Step(workflow, noted, c, CaseTrigger.PlanReviewed, PlanReviewOutcome.Escalate, CaseState.AwaitingStrategyDiscussion);
        Assert.Equal(["OnChildInNeedPlan ends", "strategy"], noted.Asked);
    }

    [Fact]
    public void A_plan_stepped_down_ends_before_the_next_plan_starts()
    {
        var (workflow, noted) = Build();
        var c = NewCase();
        c.State = CaseState.OnChildProtectionPlan;
        Step(workflow, noted, c, CaseTrigger.PlanReviewed, PlanReviewOutcome.StepDown, CaseState.OnChildInNeedPlan);
        Step(workflow, noted, c, CaseTrigger.PlanReviewed, PlanReviewOutcome.Continue, CaseState.OnChildInNeedPlan);
        Assert.Equal(["OnChildProtectionPlan ends", "cin", "cin continues"], noted.Asked);
    }

    [Theory]
    [InlineData(CaseState.OnChildProtectionPlan, PlanReviewOutcome.Escalate)]
    [InlineData(CaseState.OnChildInNeedPlan, PlanReviewOutcome.LookedAfter)]
    public void An_answer_the_state_has_no_route_for_throws_and_leaves_the_case_where_it_was(CaseState from, PlanReviewOutcome answer)
    {
        var (workflow, noted) = Build();
        var c = NewCase();
        c.State = from;
        noted.Answer = answer;
        Assert.Throws<InvalidOperationException>(() => workflow.Fire(c, CaseTrigger.PlanReviewed));
        Assert.Equal(from, c.State);
        Assert.Empty(noted.Asked);
    }

    [Fact]
    public void Triggers_that_do_not_belong_to_a_state_throw_and_closed_cases_accept_none()
    {
        var (workflow, _) = Build();
        var c = NewCase();
        Assert.Throws<InvalidOperationException>(() => workflow.Fire(c, CaseTrigger.PlanReviewed));
        foreach (var exit in CaseWorkflow.ExitStates)
        {
            c.State = exit;
            Assert.All(Enum.GetValues<CaseTrigger>(), t => Assert.False(workflow.CanFire(c, t)));
        }
    }

    [Fact]
    public void The_generated_diagram_matches_the_checked_in_specification()
    {
        var (workflow, _) = Build();
        string checkedIn = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Workflows", "CaseWorkflow.mmd"));
        Assert.Equal(checkedIn.ReplaceLineEndings("\n"), workflow.ToMermaid().ReplaceLineEndings("\n"));
    }
}
