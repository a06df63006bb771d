using MashSim.Kernel;
using MashSim.Model.Contacts;
using Stateless.Reflection;

namespace MashSim.Model.Workflows;

/// <summary>The journey of a contact through the MASH front door, as one Stateless machine shared by every contact.</summary>
/// <remarks>
/// The pathway (reports 001 and 002 para 13, docs/sources.md): a contact arrives; out of hours the emergency
/// duty team answers it first, acting on immediate risk and passing the rest to the MASH. A MASH social worker
/// screens it and gives it a RAG rating. Red goes, with a manager's agreement, straight to a duty team for a
/// strategy discussion. Amber waits for the multi-agency checks the lead worker sends out, then a threshold
/// decision. Green is decided from the screening alone, or at a separate decision step if the scenario says so.
/// Progressing to children's social care always needs a manager's agreement (001); other decisions need one only
/// when the scenario asks for oversight of all decisions. A referral then goes through the administrative
/// transfer steps to the district team ("many steps are required", 001).
/// The machine is configured once per replication and keeps its state on the contact (external state), so a
/// contact costs no configuration. Each trigger with several destinations has one routing rule (PermitDynamic with
/// its destinations declared, so the diagram still shows them) rather than a guard per destination: Stateless
/// evaluates every guard on every fire, and this machine fires a few million times a run.
/// <see cref="Fire"/> must not be re-entered from an entry action, which is why activities only schedule kernel events.
/// </remarks>
public sealed class ContactWorkflow
{
    private readonly SharedStateMachine<Contact, ContactState, ContactTrigger> _shared;
    private readonly TransitionTable<ContactState, ContactTrigger> _machine;

    /// <summary>The contact being fired.</summary>
    private Contact Current => _shared.Current;
    private readonly Simulation _simulation;
    private readonly IContactActivities _activities;

    public ContactWorkflow(Simulation simulation, IContactActivities activities, IContactObserver observer)
    {
        _simulation = simulation;
        _activities = activities;
        _shared = new SharedStateMachine<Contact, ContactState, ContactTrigger>(
            new Contact(-1, ContactSource.Other, RagRating.Green, SimTime.Zero, counted: false), c => c.State, (c, s) => c.State = s);
        _machine = _shared.Machine;
        // Completed, not Transitioned: observers see the contact after the entry actions have stamped it.
        AddObserver(observer);

        _machine.Configure(ContactState.Received)
            .PermitDynamic(ContactTrigger.Arrived, () => Current.OutOfHours ? ContactState.WithEmergencyDutyTeam : ContactState.AwaitingScreening,
                "MASH open?", Destinations((ContactState.WithEmergencyDutyTeam, "MASH closed"), (ContactState.AwaitingScreening, "MASH open")));

        _machine.Configure(ContactState.WithEmergencyDutyTeam)
            .OnEntry(() => activities.RequestEmergencyDutyResponse(Current), "request an EDT worker")
            .PermitDynamic(ContactTrigger.EmergencyDutyResponded, () => Current.IsRed ? ContactState.TransferredToDuty : ContactState.AwaitingScreening,
                "immediate risk?", Destinations((ContactState.TransferredToDuty, "immediate risk"), (ContactState.AwaitingScreening, "no immediate risk")));

        _machine.Configure(ContactState.AwaitingScreening)
            .OnEntry(() => activities.RequestScreening(Current), "request a MASH social worker")
            .PermitDynamic(ContactTrigger.Screened, AfterScreening, "RAG rating", Destinations(
                (ContactState.AwaitingManagerAgreement, "red, or green decided at screening needing a manager"),
                (ContactState.AwaitingChecks, "amber"),
                (ContactState.AwaitingDecision, "green, decided separately"),
                (ContactState.Closed, "green, decided at screening, below threshold")));

        _machine.Configure(ContactState.AwaitingChecks)
            .OnEntry(() => activities.SendChecks(Current), "lead worker sends agency checks")
            .Permit(ContactTrigger.ChecksComplete, ContactState.AwaitingDecision);

        _machine.Configure(ContactState.AwaitingDecision)
            .OnEntry(() => activities.RequestDecision(Current), "request a MASH social worker")
            .PermitDynamic(ContactTrigger.DecisionMade, AfterDecision, "needs a manager?", Destinations(
                (ContactState.AwaitingManagerAgreement, "referral, or oversight of all decisions"),
                (ContactState.Closed, "below threshold, no manager")));

        _machine.Configure(ContactState.AwaitingManagerAgreement)
            .OnEntry(() => activities.RequestManagerAgreement(Current), "request a manager")
            .PermitDynamic(ContactTrigger.ManagerAgreed, AfterAgreement, "decision", Destinations(
                (ContactState.TransferredToDuty, "red"),
                (ContactState.InTransfer, "referral"),
                (ContactState.Closed, "below threshold")));

        _machine.Configure(ContactState.InTransfer)
            .OnEntry(RecordDecision, "decision final")
            .OnEntry(() => activities.StartTransfer(Current), "business support transfer steps")
            .Permit(ContactTrigger.TransferCompleted, ContactState.Referred);

        foreach (var exit in ExitStates)
        {
            _machine.Configure(exit)
                .OnEntry(RecordDecision, "decision final")
                .OnEntry(() => Current.LeftAt = _simulation.Now, "leaves the front door");
        }
    }

    /// <summary>Tells <paramref name="observer"/> of every transition too (Stateless keeps every handler registered).</summary>
    public void AddObserver(IContactObserver observer) =>
        _machine.OnTransitionCompleted(t => observer.OnTransition(Current, t.Source, t.Destination, t.Trigger));

    /// <summary>The states in which a contact has left the front door.</summary>
    public static IReadOnlyList<ContactState> ExitStates { get; } = [ContactState.TransferredToDuty, ContactState.Referred, ContactState.Closed];

    /// <summary>Moves <paramref name="contact"/> on by <paramref name="trigger"/>; throws if the trigger is not allowed in its state.</summary>
    public void Fire(Contact contact, ContactTrigger trigger) => _shared.Fire(contact, trigger);

    /// <summary>Whether <paramref name="trigger"/> is allowed for <paramref name="contact"/> in its present state.</summary>
    public bool CanFire(Contact contact, ContactTrigger trigger) => _shared.CanFire(contact, trigger);

    /// <summary>The workflow as a Mermaid state diagram, generated from the configuration itself.</summary>
    public string ToMermaid() => _shared.ToMermaid();

    /// <summary>The machine's configuration, for drawing.</summary>
    public Stateless.Reflection.StateMachineInfo Info => _shared.Info;

    /// <summary>The shared machine, so tests can hold its compiled table to its Stateless specification.</summary>
    internal SharedStateMachine<Contact, ContactState, ContactTrigger> Shared => _shared;

    private ContactState AfterScreening() => Current.Rag switch
    {
        RagRating.Red => ContactState.AwaitingManagerAgreement,
        RagRating.Amber => ContactState.AwaitingChecks,
        _ when Current.Decision is null => ContactState.AwaitingDecision,
        _ => AfterDecision(),
    };

    private ContactState AfterDecision() =>
        _activities.NeedsManagerAgreement(Current) ? ContactState.AwaitingManagerAgreement : ContactState.Closed;

    private ContactState AfterAgreement() =>
        Current.IsRed ? ContactState.TransferredToDuty
        : Current.Decision == ThresholdDecision.Referral ? ContactState.InTransfer
        : ContactState.Closed;

    /// <summary>The threshold decision is final once the contact leaves the deciding states (after any manager's agreement).</summary>
    private void RecordDecision() => Current.DecidedAt ??= _simulation.Now;

    private static DynamicStateInfos Destinations(params (ContactState State, string Criterion)[] destinations)
    {
        var infos = new DynamicStateInfos();
        foreach (var (state, criterion) in destinations) infos.Add(state, criterion);
        return infos;
    }
}
