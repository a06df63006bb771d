using MashSim.Kernel;
using MashSim.Model.Contacts;
using MashSim.Model.Workflows;

namespace MashSim.Model.Tests.Workflows;

public class ContactWorkflowTests
{
    /// <summary>Activities that do nothing but note what was asked, so each transition can be fired by hand.</summary>
    private sealed class NotedActivities(bool oversight = false) : IContactActivities, IContactObserver
    {
        public List<string> Asked { get; } = [];
        public List<(ContactState From, ContactState To, ContactTrigger Trigger)> Transitions { get; } = [];
        public void RequestEmergencyDutyResponse(Contact contact) => Asked.Add("edt");
        public void RequestScreening(Contact contact) => Asked.Add("screening");
        public void SendChecks(Contact contact) => Asked.Add("checks");
        public void RequestDecision(Contact contact) => Asked.Add("decision");
        public void RequestManagerAgreement(Contact contact) => Asked.Add("manager");
        public void StartTransfer(Contact contact) => Asked.Add("transfer");
        public bool NeedsManagerAgreement(Contact contact) => oversight || contact.Decision == ThresholdDecision.Referral;
        public void OnTransition(Contact contact, ContactState from, ContactState to, ContactTrigger trigger) => Transitions.Add((from, to, trigger));
    }

    private static (ContactWorkflow Workflow, NotedActivities Noted) Build(bool oversight = false)
    {
        var noted = new NotedActivities(oversight);
        return (new ContactWorkflow(new Simulation(), noted, noted), noted);
    }

    private static Contact NewContact(RagRating rag, bool outOfHours = false) =>
        new(1, ContactSource.Police, rag, SimTime.Zero, counted: true) { OutOfHours = outOfHours };

    [Fact]
    public void An_amber_contact_goes_screening_checks_decision_manager_transfer_referred()
    {
        var (workflow, noted) = Build();
        var contact = NewContact(RagRating.Amber);
        workflow.Fire(contact, ContactTrigger.Arrived);
        workflow.Fire(contact, ContactTrigger.Screened);
        workflow.Fire(contact, ContactTrigger.ChecksComplete);
        contact.Decision = ThresholdDecision.Referral;
        workflow.Fire(contact, ContactTrigger.DecisionMade);
        workflow.Fire(contact, ContactTrigger.ManagerAgreed);
        workflow.Fire(contact, ContactTrigger.TransferCompleted);
        Assert.Equal(["screening", "checks", "decision", "manager", "transfer"], noted.Asked);
        Assert.Equal(ContactState.Referred, contact.State);
        Assert.NotNull(contact.DecidedAt);
        Assert.NotNull(contact.LeftAt);
    }

    [Fact]
    public void A_red_contact_goes_from_screening_to_a_manager_and_straight_to_a_duty_team()
    {
        var (workflow, noted) = Build();
        var contact = NewContact(RagRating.Red);
        workflow.Fire(contact, ContactTrigger.Arrived);
        contact.Decision = ThresholdDecision.Referral;
        workflow.Fire(contact, ContactTrigger.Screened);
        workflow.Fire(contact, ContactTrigger.ManagerAgreed);
        Assert.Equal(ContactState.TransferredToDuty, contact.State);
        Assert.Equal(["screening", "manager"], noted.Asked);
    }

    [Theory]
    [InlineData(RagRating.Red, ContactState.TransferredToDuty)]
    [InlineData(RagRating.Amber, ContactState.AwaitingScreening)]
    [InlineData(RagRating.Green, ContactState.AwaitingScreening)]
    public void Out_of_hours_the_emergency_duty_team_acts_on_red_and_passes_the_rest_to_the_mash(RagRating rag, ContactState after)
    {
        var (workflow, noted) = Build();
        var contact = NewContact(rag, outOfHours: true);
        workflow.Fire(contact, ContactTrigger.Arrived);
        Assert.Equal(ContactState.WithEmergencyDutyTeam, contact.State);
        workflow.Fire(contact, ContactTrigger.EmergencyDutyResponded);
        Assert.Equal(after, contact.State);
        Assert.Equal("edt", noted.Asked[0]);
    }

    [Theory]
    [InlineData(false, ThresholdDecision.NoFurtherAction, ContactState.Closed)]
    [InlineData(false, ThresholdDecision.Referral, ContactState.AwaitingManagerAgreement)]
    [InlineData(true, ThresholdDecision.Advice, ContactState.AwaitingManagerAgreement)]
    public void A_green_contact_decided_at_screening_needs_a_manager_only_to_progress_or_under_full_oversight(
        bool oversight, ThresholdDecision decision, ContactState after)
    {
        var (workflow, _) = Build(oversight);
        var contact = NewContact(RagRating.Green);
        workflow.Fire(contact, ContactTrigger.Arrived);
        contact.Decision = decision;
        workflow.Fire(contact, ContactTrigger.Screened);
        Assert.Equal(after, contact.State);
    }

    [Fact]
    public void A_green_contact_without_a_decision_at_screening_waits_for_a_decision()
    {
        var (workflow, _) = Build();
        var contact = NewContact(RagRating.Green);
        workflow.Fire(contact, ContactTrigger.Arrived);
        workflow.Fire(contact, ContactTrigger.Screened);
        Assert.Equal(ContactState.AwaitingDecision, contact.State);
        contact.Decision = ThresholdDecision.EarlyHelp;
        workflow.Fire(contact, ContactTrigger.DecisionMade);
        Assert.Equal(ContactState.Closed, contact.State);
    }

    [Fact]
    public void Under_full_oversight_a_below_threshold_decision_closes_after_the_manager_agrees()
    {
        var (workflow, _) = Build(oversight: true);
        var contact = NewContact(RagRating.Amber);
        workflow.Fire(contact, ContactTrigger.Arrived);
        workflow.Fire(contact, ContactTrigger.Screened);
        workflow.Fire(contact, ContactTrigger.ChecksComplete);
        contact.Decision = ThresholdDecision.Advice;
        workflow.Fire(contact, ContactTrigger.DecisionMade);
        Assert.Equal(ContactState.AwaitingManagerAgreement, contact.State);
        workflow.Fire(contact, ContactTrigger.ManagerAgreed);
        Assert.Equal(ContactState.Closed, contact.State);
    }

    [Fact]
    public void Triggers_that_do_not_belong_to_a_state_throw()
    {
        var (workflow, _) = Build();
        var contact = NewContact(RagRating.Amber);
        Assert.Throws<InvalidOperationException>(() => workflow.Fire(contact, ContactTrigger.Screened));
        workflow.Fire(contact, ContactTrigger.Arrived);
        Assert.Throws<InvalidOperationException>(() => workflow.Fire(contact, ContactTrigger.Arrived));
        Assert.Throws<InvalidOperationException>(() => workflow.Fire(contact, ContactTrigger.ManagerAgreed));
        Assert.Throws<InvalidOperationException>(() => workflow.Fire(contact, ContactTrigger.EmergencyDutyResponded));
    }

    [Theory]
    [InlineData(ContactState.TransferredToDuty)]
    [InlineData(ContactState.Referred)]
    [InlineData(ContactState.Closed)]
    public void A_contact_that_has_left_accepts_no_trigger(ContactState exit)
    {
        var (workflow, _) = Build();
        var contact = NewContact(RagRating.Amber);
        contact.State = exit;
        Assert.All(Enum.GetValues<ContactTrigger>(), trigger => Assert.False(workflow.CanFire(contact, trigger)));
    }

    [Fact]
    public void Every_transition_is_observed_once_with_its_trigger()
    {
        var (workflow, noted) = Build();
        var contact = NewContact(RagRating.Green);
        workflow.Fire(contact, ContactTrigger.Arrived);
        contact.Decision = ThresholdDecision.NoFurtherAction;
        workflow.Fire(contact, ContactTrigger.Screened);
        Assert.Equal(
        [
            (ContactState.Received, ContactState.AwaitingScreening, ContactTrigger.Arrived),
            (ContactState.AwaitingScreening, ContactState.Closed, ContactTrigger.Screened),
        ], noted.Transitions);
    }

    [Fact]
    public void The_generated_diagram_matches_the_checked_in_specification()
    {
        var (workflow, _) = Build();
        string generated = workflow.ToMermaid().ReplaceLineEndings("\n");
        string path = Path.Combine(AppContext.BaseDirectory, "Workflows", "ContactWorkflow.mmd");
        string checkedIn = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(generated == checkedIn,
            $"The workflow changed: regenerate src/MashSim.Model/Workflows/ContactWorkflow.mmd with './run.sh graph'.\n{generated}");
    }
}
