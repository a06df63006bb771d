using MashSim.Kernel;
using MashSim.Model.Contacts;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Workflows;

namespace MashSim.Model.Tests.Pathway;

public class CaseWorkflowTests
{
    private sealed class Noted : ICaseActivities, ICaseObserver
    {
        public List<string> Asked { get; } = [];
        public List<(CaseState From, CaseState To)> Transitions { get; } = [];
        public void RequestAllocation(Case c) => Asked.Add("allocate");
        public void StartAssessment(Case c) => Asked.Add("assess");
        public void RequestStrategyDiscussion(Case c) => Asked.Add("strategy");
        public void StartSection47(Case c) => Asked.Add("s47");
        public void BookConference(Case c) => Asked.Add("conference");
        public void StartChildProtectionPlan(Case c) => Asked.Add("cp");
        public void StartChildInNeedPlan(Case c) => Asked.Add("cin");
        public void AwaitPanel(Case c) => Asked.Add("panel");
        public void StartEarlyHelp(Case c) => Asked.Add("early help");
        public void Close(Case c) => Asked.Add("close");
        public void BecomeLookedAfter(Case c) => Asked.Add("looked after");
        public void OnTransition(Case c, CaseState from, CaseState to, CaseTrigger trigger) => Transitions.Add((from, to));
    }

    private static (CaseWorkflow Workflow, Noted Noted) Build()
    {
        var noted = new Noted();
        return (new CaseWorkflow(noted, noted), noted);
    }

    private static Case NewCase(RagRating rag = RagRating.Amber) => new(1, 1, rag, SimTime.Zero, counted: true);

    private static void Step(CaseWorkflow workflow, Case c, CaseTrigger trigger, CaseState next)
    {
        c.Next = next;
        workflow.Fire(c, trigger);
        Assert.Equal(next, c.State);
    }

    /// <summary>Every declared transition of the machine, as (from, trigger, to).</summary>
    public static TheoryData<CaseState, CaseTrigger, CaseState> Transitions => new()
    {
        { CaseState.AwaitingAllocation, CaseTrigger.Allocated, CaseState.InAssessment },
        { CaseState.AwaitingAllocation, CaseTrigger.Allocated, CaseState.AwaitingStrategyDiscussion },
        { CaseState.InAssessment, CaseTrigger.AssessmentCompleted, CaseState.Closed },
        { CaseState.InAssessment, CaseTrigger.AssessmentCompleted, CaseState.AwaitingEarlyHelpPanel },
        { CaseState.InAssessment, CaseTrigger.AssessmentCompleted, CaseState.OnChildInNeedPlan },
        { CaseState.InAssessment, CaseTrigger.AssessmentCompleted, CaseState.AwaitingStrategyDiscussion },
        { CaseState.AwaitingStrategyDiscussion, CaseTrigger.StrategyDiscussionHeld, CaseState.InSection47 },
        { CaseState.AwaitingStrategyDiscussion, CaseTrigger.StrategyDiscussionHeld, CaseState.OnChildInNeedPlan },
        { CaseState.AwaitingStrategyDiscussion, CaseTrigger.StrategyDiscussionHeld, CaseState.Closed },
        { CaseState.InSection47, CaseTrigger.Section47Completed, CaseState.AwaitingConference },
        { CaseState.InSection47, CaseTrigger.Section47Completed, CaseState.OnChildInNeedPlan },
        { CaseState.InSection47, CaseTrigger.Section47Completed, CaseState.Closed },
        { CaseState.AwaitingConference, CaseTrigger.ConferenceHeld, CaseState.OnChildProtectionPlan },
        { CaseState.AwaitingConference, CaseTrigger.ConferenceHeld, CaseState.OnChildInNeedPlan },
        { CaseState.AwaitingConference, CaseTrigger.ConferenceHeld, CaseState.Closed },
        { CaseState.OnChildProtectionPlan, CaseTrigger.PlanReviewed, CaseState.OnChildProtectionPlan },
        { CaseState.OnChildProtectionPlan, CaseTrigger.PlanReviewed, CaseState.OnChildInNeedPlan },
        { CaseState.OnChildProtectionPlan, CaseTrigger.PlanReviewed, CaseState.Closed },
        { CaseState.OnChildProtectionPlan, CaseTrigger.PlanReviewed, CaseState.LookedAfter },
        { CaseState.OnChildInNeedPlan, CaseTrigger.PlanReviewed, CaseState.OnChildInNeedPlan },
        { CaseState.OnChildInNeedPlan, CaseTrigger.PlanReviewed, CaseState.AwaitingEarlyHelpPanel },
        { CaseState.OnChildInNeedPlan, CaseTrigger.PlanReviewed, CaseState.Closed },
        { CaseState.OnChildInNeedPlan, CaseTrigger.PlanReviewed, CaseState.AwaitingStrategyDiscussion },
        { CaseState.AwaitingEarlyHelpPanel, CaseTrigger.PanelMet, CaseState.InEarlyHelp },
        { CaseState.InEarlyHelp, CaseTrigger.EarlyHelpEnded, CaseState.Closed },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Every_declared_transition_can_be_taken(CaseState from, CaseTrigger trigger, CaseState to)
    {
        var (workflow, noted) = Build();
        var c = NewCase();
        c.State = from;
        Step(workflow, c, trigger, to);
        Assert.Equal((from, to), noted.Transitions.Single());
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
        Step(workflow, c, CaseTrigger.Allocated, CaseState.InAssessment);
        Step(workflow, c, CaseTrigger.AssessmentCompleted, CaseState.AwaitingStrategyDiscussion);
        Step(workflow, c, CaseTrigger.StrategyDiscussionHeld, CaseState.InSection47);
        Step(workflow, c, CaseTrigger.Section47Completed, CaseState.AwaitingConference);
        Step(workflow, c, CaseTrigger.ConferenceHeld, CaseState.OnChildProtectionPlan);
        Step(workflow, c, CaseTrigger.PlanReviewed, CaseState.OnChildProtectionPlan);
        Step(workflow, c, CaseTrigger.PlanReviewed, CaseState.LookedAfter);
        Assert.Equal(["assess", "strategy", "s47", "conference", "cp", "cp", "looked after"], noted.Asked);
    }

    [Theory]
    [InlineData(CaseState.InAssessment, CaseTrigger.AssessmentCompleted, CaseState.OnChildProtectionPlan)]
    [InlineData(CaseState.OnChildInNeedPlan, CaseTrigger.PlanReviewed, CaseState.LookedAfter)]
    [InlineData(CaseState.AwaitingAllocation, CaseTrigger.Allocated, CaseState.Closed)]
    public void A_destination_the_state_does_not_allow_throws(CaseState from, CaseTrigger trigger, CaseState to)
    {
        var (workflow, _) = Build();
        var c = NewCase();
        c.State = from;
        c.Next = to;
        Assert.Throws<InvalidOperationException>(() => workflow.Fire(c, trigger));
        Assert.Equal(from, c.State);
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
