using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Decisions;
using MashSim.Model.Pathway.Parameters;
using MashSim.Model.Workflows;
using Stateless;
using Stateless.Reflection;

namespace MashSim.Model.Pathway.Workflows;

/// <summary>A child's journey through children's social care after referral, as one Stateless machine shared by every case.</summary>
/// <remarks>
/// The pathway (Working Together 2018; docs/sources.md): within a working day of the referral a manager decides the
/// response, no further action or a single assessment (national 2017-18: 9.4% closed before assessment). A referral
/// waits for allocation to a social worker under the caseload cap; a red child goes straight to a duty worker and a
/// strategy discussion (002 para 13), with the single assessment started alongside it, not instead of it: the section
/// 47 enquiry is carried out through that assessment. Other assessments, due in 45 working days, close the case, step
/// it down to early help, open a child in need plan, call a strategy discussion, or see the child looked after. A
/// strategy discussion may start a section 47 enquiry, which may lead to an initial child protection conference, due
/// within 15 working days of the strategy discussion, which may start a child protection plan; an enquiry that does
/// not goes back to the assessment still under way. CP plans are reviewed at 3 months and then 6-monthly and end in
/// step-down to CIN, closure, or the child becoming looked after. CIN plans are reviewed and end in step-down to
/// early help, closure, or escalation. Early help waits for the weekly panel (EHFSPs, 000/001). Looked-after children
/// stay for a while, then leave care. A review that continues a plan re-enters its state.
/// Every trigger with several destinations asks <see cref="ICaseRouting"/> for a decision and maps each answer to
/// one declared destination (PermitDynamic with its destinations and their reasons, so the diagram says why a case
/// moves), as <see cref="ContactWorkflow"/> does for contacts.
/// </remarks>
public sealed class CaseWorkflow
{
    private readonly SharedStateMachine<Case, CaseState, CaseTrigger> _shared;
    private readonly TransitionTable<CaseState, CaseTrigger> _machine;

    /// <summary>The case being fired.</summary>
    private Case Current => _shared.Current;

    public CaseWorkflow(ICaseActivities activities, ICaseRouting routing, ICaseObserver observer)
    {
        _shared = new SharedStateMachine<Case, CaseState, CaseTrigger>(
            new Case(-1, -1, Contacts.RagRating.Green, Kernel.SimTime.Zero, counted: false), c => c.State, (c, s) => c.State = s);
        _machine = _shared.Machine;
        AddObserver(observer);

        Route(CaseState.Referred, CaseTrigger.ResponseDecided, "type of response", routing.AfterReferral,
            (ReferralResponse.Assessment, CaseState.AwaitingAllocation, "assessment"),
            (ReferralResponse.NoFurtherAction, CaseState.Closed, "no further action, no assessment"));

        _machine.Configure(CaseState.AwaitingAllocation)
            .OnEntry(() => activities.RequestAllocation(Current), "allocate a social worker under the cap");
        Route(CaseState.AwaitingAllocation, CaseTrigger.Allocated, "urgency", routing.StraightToStrategyDiscussion,
            (false, CaseState.InAssessment, "referral"),
            (true, CaseState.AwaitingStrategyDiscussion, "red: duty worker, assessment alongside"));

        // Entered from allocation the assessment starts; entered after a section 47 enquiry it is already under way.
        _machine.Configure(CaseState.InAssessment)
            .OnEntryFrom(CaseTrigger.Allocated, () => activities.StartAssessment(Current), "single assessment");
        Route(CaseState.InAssessment, CaseTrigger.AssessmentCompleted, "assessment outcome", routing.AfterAssessment,
            (AssessmentOutcome.Close, CaseState.Closed, "not in need"),
            (AssessmentOutcome.EarlyHelp, CaseState.AwaitingEarlyHelpPanel, "early help"),
            (AssessmentOutcome.ChildInNeedPlan, CaseState.OnChildInNeedPlan, "child in need"),
            (AssessmentOutcome.StrategyDiscussion, CaseState.AwaitingStrategyDiscussion, "significant harm suspected"),
            (AssessmentOutcome.LookedAfter, CaseState.LookedAfter, "accommodated"));

        _machine.Configure(CaseState.AwaitingStrategyDiscussion)
            .OnEntryFrom(CaseTrigger.Allocated, () => activities.StartAssessment(Current), "single assessment alongside")
            .OnEntry(() => activities.RequestStrategyDiscussion(Current), "police and health");
        Route(CaseState.AwaitingStrategyDiscussion, CaseTrigger.StrategyDiscussionHeld, "section 47?", routing.AfterStrategyDiscussion,
            (StrategyDiscussionOutcome.Section47Enquiry, CaseState.InSection47, "section 47 enquiry"),
            (StrategyDiscussionOutcome.ChildInNeedPlan, CaseState.OnChildInNeedPlan, "no section 47, child in need"),
            (StrategyDiscussionOutcome.Close, CaseState.Closed, "no section 47, close"));

        _machine.Configure(CaseState.InSection47)
            .OnEntry(() => activities.StartSection47(Current), "enquiry");
        Route(CaseState.InSection47, CaseTrigger.Section47Completed, "conference?", routing.AfterSection47,
            (Section47Outcome.InitialConference, CaseState.AwaitingConference, "initial conference"),
            (Section47Outcome.AssessmentContinues, CaseState.InAssessment, "no conference, assessment under way"),
            (Section47Outcome.ChildInNeedPlan, CaseState.OnChildInNeedPlan, "no conference, child in need"),
            (Section47Outcome.Close, CaseState.Closed, "no conference, close"));

        _machine.Configure(CaseState.AwaitingConference)
            .OnEntry(() => activities.BookConference(Current), "book a chair's slot");
        Route(CaseState.AwaitingConference, CaseTrigger.ConferenceHeld, "plan?", routing.AfterInitialConference,
            (ConferenceOutcome.ChildProtectionPlan, CaseState.OnChildProtectionPlan, "child protection plan"),
            (ConferenceOutcome.ChildInNeedPlan, CaseState.OnChildInNeedPlan, "child in need plan"),
            (ConferenceOutcome.NoPlan, CaseState.Closed, "no plan"));

        _machine.Configure(CaseState.OnChildProtectionPlan)
            .OnEntry(t => { if (IsReentry(t)) activities.ContinueChildProtectionPlan(Current); else activities.StartChildProtectionPlan(Current); }, "visits and review conference")
            .OnExit(t => { if (!IsReentry(t)) activities.EndPlan(Current); }, "plan ends unless continued");
        Route(CaseState.OnChildProtectionPlan, CaseTrigger.PlanReviewed, "review", routing.AfterChildProtectionReview,
            (PlanReviewOutcome.Continue, CaseState.OnChildProtectionPlan, "continue"),
            (PlanReviewOutcome.StepDown, CaseState.OnChildInNeedPlan, "step down"),
            (PlanReviewOutcome.Close, CaseState.Closed, "close"),
            (PlanReviewOutcome.LookedAfter, CaseState.LookedAfter, "becomes looked after"));

        _machine.Configure(CaseState.OnChildInNeedPlan)
            .OnEntry(t => { if (IsReentry(t)) activities.ContinueChildInNeedPlan(Current); else activities.StartChildInNeedPlan(Current); }, "visits and reviews")
            .OnExit(t => { if (!IsReentry(t)) activities.EndPlan(Current); }, "plan ends unless continued");
        Route(CaseState.OnChildInNeedPlan, CaseTrigger.PlanReviewed, "review", routing.AfterChildInNeedReview,
            (PlanReviewOutcome.Continue, CaseState.OnChildInNeedPlan, "continue"),
            (PlanReviewOutcome.StepDown, CaseState.AwaitingEarlyHelpPanel, "step down"),
            (PlanReviewOutcome.Close, CaseState.Closed, "close"),
            (PlanReviewOutcome.Escalate, CaseState.AwaitingStrategyDiscussion, "escalate"));

        _machine.Configure(CaseState.AwaitingEarlyHelpPanel)
            .OnEntry(() => activities.AwaitPanel(Current), "weekly panel")
            .Permit(CaseTrigger.PanelMet, CaseState.InEarlyHelp);

        _machine.Configure(CaseState.InEarlyHelp)
            .OnEntry(() => activities.StartEarlyHelp(Current), "early help")
            .Permit(CaseTrigger.EarlyHelpEnded, CaseState.Closed);

        _machine.Configure(CaseState.LookedAfter)
            .OnEntry(() => activities.BecomeLookedAfter(Current), "children looked after team")
            .Permit(CaseTrigger.CareEnded, CaseState.LeftCare);

        _machine.Configure(CaseState.Closed).OnEntry(() => activities.Close(Current), "close, perhaps to return");
    }

    /// <summary>Tells <paramref name="observer"/> of every transition too (Stateless keeps every handler registered).</summary>
    public void AddObserver(ICaseObserver observer) =>
        _machine.OnTransitionCompleted(t => observer.OnTransition(Current, t.Source, t.Destination, t.Trigger));

    /// <summary>The states in which a case has left children's social care.</summary>
    public static IReadOnlyList<CaseState> ExitStates { get; } = [CaseState.Closed, CaseState.LeftCare];

    /// <summary>Moves <paramref name="c"/> on by <paramref name="trigger"/>; throws if the trigger is not allowed in its state.</summary>
    public void Fire(Case c, CaseTrigger trigger) => _shared.Fire(c, trigger);

    /// <summary>Whether <paramref name="trigger"/> is allowed for <paramref name="c"/> in its present state.</summary>
    public bool CanFire(Case c, CaseTrigger trigger) => _shared.CanFire(c, trigger);

    /// <summary>The workflow as a Mermaid state diagram, generated from the configuration itself.</summary>
    public string ToMermaid() => _shared.ToMermaid();

    /// <summary>The machine's configuration, for drawing.</summary>
    public StateMachineInfo Info => _shared.Info;

    /// <summary>The shared machine, so tests can hold its compiled table to its Stateless specification.</summary>
    internal SharedStateMachine<Case, CaseState, CaseTrigger> Shared => _shared;

    /// <summary>A review that continues the plan: Stateless's Transition.IsReentry, without its boxing Equals (two allocations a review).</summary>
    private static bool IsReentry(StateMachine<CaseState, CaseTrigger>.Transition t) => t.Source == t.Destination;

    /// <summary>Declares a trigger's destinations, each with the decision's answer that leads there, and routes by asking <paramref name="decide"/>.</summary>
    private void Route<TAnswer>(CaseState from, CaseTrigger trigger, string decision, Func<Case, TAnswer> decide,
        params (TAnswer Answer, CaseState To, string Why)[] routes) where TAnswer : notnull
    {
        var destinations = routes.ToDictionary(r => r.Answer, r => r.To);
        var infos = new DynamicStateInfos();
        foreach (var (_, to, why) in routes) infos.Add(to, why);
        _machine.Configure(from).PermitDynamic(trigger, () =>
        {
            var answer = decide(Current);
            return destinations.TryGetValue(answer, out var to)
                ? to
                : throw new InvalidOperationException($"A case in {from} has no route for '{answer}' on {trigger}.");
        }, decision, infos);
    }
}
