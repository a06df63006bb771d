using MashSim.Model.Pathway.Cases;
using MashSim.Model.Workflows;
using Stateless;
using Stateless.Reflection;

namespace MashSim.Model.Pathway.Workflows;

/// <summary>A child's journey through children's social care after referral, as one Stateless machine shared by every case.</summary>
/// <remarks>
/// The pathway (Working Together 2018; docs/sources.md): a referral waits for allocation to a social
/// worker under the caseload cap (red goes straight to a duty worker and a strategy discussion, 002 para 13), then a
/// single assessment due in 45 working days, which closes the case, steps it down to early help, opens a child in
/// need plan, or calls a strategy discussion with police and health. A strategy discussion may start a section 47
/// enquiry, which may lead to an initial child protection conference, due within 15 working days of the strategy
/// discussion, which may start a child protection plan. CP plans are reviewed at 3 months and then 6-monthly and end
/// in step-down to CIN, closure, or the child becoming looked after. CIN plans are reviewed and end in step-down to
/// early help, closure, or escalation. Early help waits for the weekly panel (EHFSPs, 000/001). A review that
/// continues a plan re-enters its state. The deciding activity sets <see cref="Case.Next"/>; the routing rule checks
/// it against the destinations declared here, so an impossible step throws instead of corrupting a run.
/// </remarks>
public sealed class CaseWorkflow
{
    private readonly SharedStateMachine<Case, CaseState, CaseTrigger> _shared;
    private readonly TransitionTable<CaseState, CaseTrigger> _machine;

    /// <summary>The case being fired.</summary>
    private Case Current => _shared.Current;

    public CaseWorkflow(ICaseActivities activities, ICaseObserver observer)
    {
        _shared = new SharedStateMachine<Case, CaseState, CaseTrigger>(
            new Case(-1, -1, Contacts.RagRating.Green, Kernel.SimTime.Zero, counted: false), c => c.State, (c, s) => c.State = s);
        _machine = _shared.Machine;
        AddObserver(observer);

        _machine.Configure(CaseState.AwaitingAllocation)
            .OnEntry(() => activities.RequestAllocation(Current), "allocate a social worker under the cap");
        Route(CaseState.AwaitingAllocation, CaseTrigger.Allocated, "urgency",
            (CaseState.InAssessment, "referral"),
            (CaseState.AwaitingStrategyDiscussion, "red: duty worker"));

        _machine.Configure(CaseState.InAssessment)
            .OnEntry(() => activities.StartAssessment(Current), "single assessment");
        Route(CaseState.InAssessment, CaseTrigger.AssessmentCompleted, "assessment outcome",
            (CaseState.Closed, "not in need"),
            (CaseState.AwaitingEarlyHelpPanel, "early help"),
            (CaseState.OnChildInNeedPlan, "child in need"),
            (CaseState.AwaitingStrategyDiscussion, "significant harm suspected"));

        _machine.Configure(CaseState.AwaitingStrategyDiscussion)
            .OnEntry(() => activities.RequestStrategyDiscussion(Current), "police and health");
        Route(CaseState.AwaitingStrategyDiscussion, CaseTrigger.StrategyDiscussionHeld, "section 47?",
            (CaseState.InSection47, "section 47 enquiry"),
            (CaseState.OnChildInNeedPlan, "no section 47, child in need"),
            (CaseState.Closed, "no section 47, close"));

        _machine.Configure(CaseState.InSection47)
            .OnEntry(() => activities.StartSection47(Current), "enquiry");
        Route(CaseState.InSection47, CaseTrigger.Section47Completed, "conference?",
            (CaseState.AwaitingConference, "initial conference"),
            (CaseState.OnChildInNeedPlan, "no conference, child in need"),
            (CaseState.Closed, "no conference, close"));

        _machine.Configure(CaseState.AwaitingConference)
            .OnEntry(() => activities.BookConference(Current), "book a chair's slot");
        Route(CaseState.AwaitingConference, CaseTrigger.ConferenceHeld, "plan?",
            (CaseState.OnChildProtectionPlan, "child protection plan"),
            (CaseState.OnChildInNeedPlan, "child in need plan"),
            (CaseState.Closed, "no plan"));

        _machine.Configure(CaseState.OnChildProtectionPlan)
            .OnEntry(() => activities.StartChildProtectionPlan(Current), "visits and review conference");
        Route(CaseState.OnChildProtectionPlan, CaseTrigger.PlanReviewed, "review",
            (CaseState.OnChildProtectionPlan, "continue"),
            (CaseState.OnChildInNeedPlan, "step down"),
            (CaseState.Closed, "close"),
            (CaseState.LookedAfter, "becomes looked after"));

        _machine.Configure(CaseState.OnChildInNeedPlan)
            .OnEntry(() => activities.StartChildInNeedPlan(Current), "visits and reviews");
        Route(CaseState.OnChildInNeedPlan, CaseTrigger.PlanReviewed, "review",
            (CaseState.OnChildInNeedPlan, "continue"),
            (CaseState.AwaitingEarlyHelpPanel, "step down"),
            (CaseState.Closed, "close"),
            (CaseState.AwaitingStrategyDiscussion, "escalate"));

        _machine.Configure(CaseState.AwaitingEarlyHelpPanel)
            .OnEntry(() => activities.AwaitPanel(Current), "weekly panel")
            .Permit(CaseTrigger.PanelMet, CaseState.InEarlyHelp);

        _machine.Configure(CaseState.InEarlyHelp)
            .OnEntry(() => activities.StartEarlyHelp(Current), "early help")
            .Permit(CaseTrigger.EarlyHelpEnded, CaseState.Closed);

        _machine.Configure(CaseState.Closed).OnEntry(() => activities.Close(Current), "close, perhaps to return");
        _machine.Configure(CaseState.LookedAfter).OnEntry(() => activities.BecomeLookedAfter(Current), "leaves the model");
    }

    /// <summary>Tells <paramref name="observer"/> of every transition too (Stateless keeps every handler registered).</summary>
    public void AddObserver(ICaseObserver observer) =>
        _machine.OnTransitionCompleted(t => observer.OnTransition(Current, t.Source, t.Destination, t.Trigger));

    /// <summary>The states in which a case has left children's social care.</summary>
    public static IReadOnlyList<CaseState> ExitStates { get; } = [CaseState.Closed, CaseState.LookedAfter];

    public void Fire(Case c, CaseTrigger trigger) => _shared.Fire(c, trigger);

    public bool CanFire(Case c, CaseTrigger trigger) => _shared.CanFire(c, trigger);

    public string ToMermaid() => _shared.ToMermaid();

    /// <summary>The machine's configuration, for drawing.</summary>
    public Stateless.Reflection.StateMachineInfo Info => _shared.Info;

    /// <summary>The shared machine, so tests can hold its compiled table to its Stateless specification.</summary>
    internal SharedStateMachine<Case, CaseState, CaseTrigger> Shared => _shared;

    /// <summary>Declares a trigger's possible destinations and routes to the one the deciding activity chose, refusing any other.</summary>
    private void Route(CaseState from, CaseTrigger trigger, string decision, params (CaseState State, string Criterion)[] destinations)
    {
        var allowed = destinations.Select(d => d.State).ToHashSet();
        var infos = new DynamicStateInfos();
        foreach (var (state, criterion) in destinations) infos.Add(state, criterion);
        _machine.Configure(from).PermitDynamic(trigger, () => allowed.Contains(Current.Next)
            ? Current.Next
            : throw new InvalidOperationException($"A case in {from} cannot go to {Current.Next} on {trigger}."), decision, infos);
    }
}
