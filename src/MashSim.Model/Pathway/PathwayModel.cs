using MashSim.Kernel;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Random;
using MashSim.Model.Contacts;
using MashSim.Model.Pathway.Activities;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Decisions;
using MashSim.Model.Pathway.Events;
using MashSim.Model.Pathway.Parameters;
using MashSim.Model.Pathway.Recording;
using MashSim.Model.Pathway.Stock;
using MashSim.Model.Pathway.Workflows;

namespace MashSim.Model.Pathway;

/// <summary>Children's social care after the front door, wired onto the kernel: the case workflow with its activities, decisions and events, and the children already on plans or looked after.</summary>
/// <remarks>
/// Roles: <see cref="CaseActivities"/> does the work a state asks for, <see cref="CaseDecisions"/> routes the case
/// (drawn when the event happens, from named streams), <see cref="CaseTriggers"/> are the events that move it on, and
/// <see cref="InitialStock"/> places the children on plans at time zero.
/// </remarks>
internal sealed class PathwayModel
{
    private readonly Simulation _simulation;
    private readonly SimTime _warmupEnd, _horizon;
    private readonly CaseWorkflow _workflow;
    private readonly CaseActivities _activities;
    private int _nextCaseId;

    public PathwayModel(Simulation simulation, WorkingCalendar calendar, PathwayParameters parameters, RandomStreams streams,
        IFrontDoorIntake frontDoor, SimTime warmupEnd, SimTime horizon, ICaseObserver? activities = null, EarlyHelp.IEarlyHelpService? earlyHelpHub = null)
    {
        _simulation = simulation;
        _warmupEnd = warmupEnd;
        _horizon = horizon;
        Recorder = new PathwayRecorder(simulation, calendar, parameters, warmupEnd, horizon);
        var decisions = new CaseDecisions(parameters, streams);
        var triggers = new CaseTriggers(simulation, Recorder, decisions, frontDoor);
        var returning = new ReturningChildren(simulation, frontDoor, streams.Stream("pathway.return.source"));
        _activities = new CaseActivities(simulation, calendar, parameters, streams, Recorder, decisions, triggers, returning, earlyHelpHub);
        _workflow = new CaseWorkflow(_activities, decisions,
            activities is null ? Recorder : new MashSim.Model.Recording.Events.CaseObservers(Recorder, activities));
        triggers.Workflow = _workflow;
        new DailyStockSampling(simulation, Recorder, _activities.Team, horizon).Start(warmupEnd);
        new InitialStock(simulation, calendar, parameters, Recorder, _activities, triggers).Open(parameters.InitialStock, streams);
    }

    public PathwayRecorder Recorder { get; }

    /// <summary>Tells <paramref name="observer"/> of every case transition too.</summary>
    internal void AddCaseObserver(ICaseObserver observer) => _workflow.AddObserver(observer);

    /// <summary>A contact the MASH referred (or a red contact passed to a duty team) becomes a case.</summary>
    public void OnReferral(Contact contact)
    {
        var now = _simulation.Now;
        var c = new Case(_nextCaseId++, contact.ChildId, contact.Rag, now, counted: now >= _warmupEnd && now < _horizon);
        Recorder.OnReferral(c);
        _workflow.Fire(c, CaseTrigger.ResponseDecided);
    }
}
