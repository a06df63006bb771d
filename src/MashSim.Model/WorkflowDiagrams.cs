using MashSim.Kernel;
using MashSim.Model.Contacts;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Decisions;
using MashSim.Model.Pathway.Parameters;
using MashSim.Model.Pathway.Workflows;
using MashSim.Model.Workflows;

namespace MashSim.Model;

/// <summary>The model's state machines as Mermaid diagrams, generated from their configuration: the workflows' specification.</summary>
public static class WorkflowDiagrams
{
    /// <summary>A contact's journey through the front door.</summary>
    public static string Contact() => new ContactWorkflow(new Simulation(), Idle.Instance, Idle.Instance).ToMermaid();

    /// <summary>A case's journey after referral.</summary>
    public static string Case() => new CaseWorkflow(Idle.Instance, Idle.Instance, Idle.Instance).ToMermaid();

    /// <summary>The contact machine's configuration (states, triggers, transitions), for annotated diagrams.</summary>
    public static Stateless.Reflection.StateMachineInfo ContactInfo() => new ContactWorkflow(new Simulation(), Idle.Instance, Idle.Instance).Info;

    /// <summary>The case machine's configuration, for annotated diagrams.</summary>
    public static Stateless.Reflection.StateMachineInfo CaseInfo() => new CaseWorkflow(Idle.Instance, Idle.Instance, Idle.Instance).Info;

    /// <summary>Activities and observers that do nothing: a machine built only to be drawn.</summary>
    private sealed class Idle : IContactActivities, IContactObserver, ICaseActivities, ICaseRouting, ICaseObserver
    {
        public static readonly Idle Instance = new();
        public void RequestEmergencyDutyResponse(Contact contact) { }
        public void RequestScreening(Contact contact) { }
        public void SendChecks(Contact contact) { }
        public void RequestDecision(Contact contact) { }
        public void RequestManagerAgreement(Contact contact) { }
        public void StartTransfer(Contact contact) { }
        public bool NeedsManagerAgreement(Contact contact) => false;
        public void OnTransition(Contact contact, ContactState from, ContactState to, ContactTrigger trigger) { }
        public void RequestAllocation(Case c) { }
        public void StartAssessment(Case c) { }
        public void RequestStrategyDiscussion(Case c) { }
        public void StartSection47(Case c) { }
        public void BookConference(Case c) { }
        public void StartChildProtectionPlan(Case c) { }
        public void ContinueChildProtectionPlan(Case c) { }
        public void StartChildInNeedPlan(Case c) { }
        public void ContinueChildInNeedPlan(Case c) { }
        public void EndPlan(Case c) { }
        public void AwaitPanel(Case c) { }
        public void StartEarlyHelp(Case c) { }
        public void Close(Case c) { }
        public void BecomeLookedAfter(Case c) { }
        public void OnTransition(Case c, CaseState from, CaseState to, CaseTrigger trigger) { }
        public ReferralResponse AfterReferral(Case c) => default;
        public bool StraightToStrategyDiscussion(Case c) => false;
        public AssessmentOutcome AfterAssessment(Case c) => default;
        public StrategyDiscussionOutcome AfterStrategyDiscussion(Case c) => default;
        public Section47Outcome AfterSection47(Case c) => default;
        public ConferenceOutcome AfterInitialConference(Case c) => default;
        public PlanReviewOutcome AfterChildProtectionReview(Case c) => default;
        public PlanReviewOutcome AfterChildInNeedReview(Case c) => default;
    }
}
