using MashSim.Kernel;
using MashSim.Model.Contacts;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Workflows;

namespace MashSim.Model.Recording.Events;

/// <summary>Turns what the activities and workflows already report into one <see cref="ActivityRecord"/> per activity, for every observer.</summary>
/// <remarks>
/// Holds only the activities in flight (a contact's current staffed task; a case's current state, on the case as
/// <see cref="Case.InStateSince"/>), so memory stays bounded by the work in progress however long the run.
/// </remarks>
internal sealed class ActivityTracker(Simulation simulation, IReadOnlyList<string> agencies, IReadOnlyList<IActivityObserver> observers) : ICaseObserver
{
    // An array, not the interface, so the loop over observers allocates no enumerator on every activity.
    private readonly IActivityObserver[] _observers = [.. observers];
    private readonly string[] _checks = [.. agencies.Select(JourneyStages.Check)];

    public void OnArrived(Contact contact) =>
        Emit(ForContact(contact, JourneyStages.ContactReceived, EnumText.Of(contact.Source), contact.ArrivedAt, contact.ArrivedAt, contact.ArrivedAt, ""));

    /// <summary>A worker started on the contact's task; the contact has one staffed task at a time, and keeps it (not a dictionary here, looked up twice a task).</summary>
    public void WorkStarted(Contact contact, SimTime queuedAt) => contact.StartWork(queuedAt, simulation.Now);

    /// <summary>Takes the started task off the books before the contact moves on (and may start its next task at once).</summary>
    public (SimTime Queued, SimTime Started) TakeWork(Contact contact) =>
        contact.TryTakeWork(out var queued, out var started) ? (queued, started) : (simulation.Now, simulation.Now);

    public void WorkEnded(string activity, Contact contact, (SimTime Queued, SimTime Started) work, string resource)
    {
        string detail = activity == JourneyStages.Screening ? EnumText.Of(contact.Rag)
            : activity == JourneyStages.Decision && contact.Decision is { } decision ? EnumText.Of(decision)
            : "";
        Emit(ForContact(contact, activity, detail, work.Queued, work.Started, simulation.Now, resource));
    }

    /// <summary>An agency's answer came back; checks are sent when screening ends.</summary>
    public void AgencyReplied(Contact contact, int agency)
    {
        var sent = contact.RatedAt ?? contact.ArrivedAt;
        Emit(ForContact(contact, _checks[agency], "", sent, sent, simulation.Now, agencies[agency]));
    }

    public void OnContactTransition(Contact contact, ContactState to)
    {
        string? outcome = to switch
        {
            ContactState.Referred => JourneyStages.Referred,
            ContactState.TransferredToDuty => JourneyStages.PassedToDuty,
            ContactState.Closed => JourneyStages.ClosedAtFrontDoor,
            _ => null,
        };
        if (outcome is null) return;
        var now = simulation.Now;
        Emit(ForContact(contact, outcome, contact.Decision is { } decision ? EnumText.Of(decision) : "", now, now, now, ""));
    }

    /// <summary>A case leaves a state: the time in it is one activity, a wait (for a worker, a meeting, a slot) or work.</summary>
    public void OnTransition(Case c, CaseState from, CaseState to, CaseTrigger trigger)
    {
        var now = simulation.Now;
        var entered = c.InStateSince ?? c.ReferredAt;
        var (activity, resource, isWait) = Describe(from);
        string next = to == from ? "continues" : Describe(to).Activity;
        Emit(ForCase(c, activity, next, entered, isWait ? now : entered, now, resource));
        if (CaseWorkflow.ExitStates.Contains(to))
        {
            Emit(ForCase(c, to == CaseState.Closed ? JourneyStages.CaseClosed : JourneyStages.LeftCare,
                c.EndedPrematurely ? "premature" : "", now, now, now, ""));
            return;
        }
        c.InStateSince = now;
    }

    private static (string Activity, string Resource, bool IsWait) Describe(CaseState state) => state switch
    {
        CaseState.Referred => (JourneyStages.ResponseDecision, "team manager", false),
        CaseState.AwaitingAllocation => (JourneyStages.Allocation, "social work team", true),
        CaseState.InAssessment => (JourneyStages.Assessment, "social worker", false),
        CaseState.AwaitingStrategyDiscussion => (JourneyStages.StrategyDiscussion, "police and health", true),
        CaseState.InSection47 => (JourneyStages.Section47, "social worker", false),
        CaseState.AwaitingConference => (JourneyStages.InitialConference, "conference chairs", true),
        CaseState.OnChildProtectionPlan => (JourneyStages.ChildProtectionPlan, "social worker", false),
        CaseState.OnChildInNeedPlan => (JourneyStages.ChildInNeedPlan, "social worker", false),
        CaseState.AwaitingEarlyHelpPanel => (JourneyStages.EarlyHelpPanel, "early help panel", true),
        CaseState.InEarlyHelp => (JourneyStages.EarlyHelp, "early help", false),
        CaseState.LookedAfter => (JourneyStages.LookedAfter, "children looked after team", false),
        CaseState.Closed => (JourneyStages.CaseClosed, "", false),
        _ => (JourneyStages.LeftCare, "", false),
    };

    private static ActivityRecord ForContact(Contact c, string activity, string detail, SimTime queued, SimTime started, SimTime ended, string resource) =>
        new(c.ChildId, c.Id, null, activity, detail, queued, started, ended, resource, null, c.Rag, c.Source, c.Counted);

    private static ActivityRecord ForCase(Case c, string activity, string detail, SimTime queued, SimTime started, SimTime ended, string resource) =>
        new(c.ChildId, null, c.Id, activity, detail, queued, started, ended, resource, resource == "social worker" ? c.Worker?.Id : null, c.Rag, null, c.Counted);

    private void Emit(in ActivityRecord record)
    {
        foreach (var observer in _observers) observer.OnActivity(record);
    }
}

/// <summary>Passes each case transition to the pathway's recorder and then to the activity tracker.</summary>
internal sealed class CaseObservers(ICaseObserver first, ICaseObserver second) : ICaseObserver
{
    public void OnTransition(Case c, CaseState from, CaseState to, CaseTrigger trigger)
    {
        first.OnTransition(c, from, to, trigger);
        second.OnTransition(c, from, to, trigger);
    }
}
