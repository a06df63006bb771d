using MashSim.Kernel;
using MashSim.Kernel.Arrivals;
using MashSim.Model.Arrivals;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Random;
using MashSim.Kernel.Resources;
using MashSim.Model.Activities;
using MashSim.Model.Contacts;
using MashSim.Model.Pathway;
using MashSim.Model.Parameters;
using MashSim.Model.Recording;
using MashSim.Model.Recording.Events;
using MashSim.Model.Recording.Flows;
using MashSim.Model.Runs;
using MashSim.Model.Workflows;

namespace MashSim.Model;

/// <summary>The MASH front door wired onto the kernel for one replication: arrivals, staff pools, activities, workflow, recorder.</summary>
public sealed class FrontDoorModel : IArrivalSink, IContactActivities, IContactObserver, IFrontDoorIntake
{
    private readonly Scenario _scenario;
    private readonly Simulation _simulation = new();
    private readonly WorkingCalendar _mashCalendar;
    private readonly FrontDoorRecorder _recorder;
    private readonly FlowRecorder _flows;
    private readonly ContactWorkflow _workflow;
    private readonly CategoricalChoice<ContactSource> _sources;
    private readonly CategoricalChoice<RagRating> _ratings;
    private readonly StaffPool _socialWorkers, _managers, _businessSupport, _emergencyDutyTeam;
    private readonly Screening _screening;
    private readonly ThresholdDecisionMaking _decision;
    private readonly ManagerAgreement _managerAgreement;
    private readonly EmergencyDutyResponse _emergencyDuty;
    private readonly ReferralTransfer _transfer;
    private readonly MultiAgencyChecks _checks;
    private readonly SimTime _warmupEnd, _horizon;
    private readonly PathwayModel? _pathway;
    private readonly CategoricalChoice<RagRating> _returnRatings;
    private readonly ActivityTracker _activities;
    private readonly StageRecorder _stages;
    private int _nextId;
    private int _nextChildId;

    private FrontDoorModel(Scenario scenario, RandomStreams streams, bool keepContacts, IActivityObserver? eventLog)
    {
        _scenario = scenario;
        var mash = scenario.Mash;
        var epoch = scenario.Run.Start.ToDateTime(TimeOnly.MinValue);
        _mashCalendar = new WorkingCalendar(epoch, mash.Hours.ToWorkingHours());
        _warmupEnd = SimTime.FromDays(scenario.Run.WarmupDays);
        _horizon = SimTime.FromDays(scenario.Run.HorizonDays);
        _recorder = new FrontDoorRecorder(_simulation, scenario.Timescales.RedTransferTargetHours, keepContacts);
        _workflow = new ContactWorkflow(_simulation, this, this);

        _sources = new CategoricalChoice<ContactSource>(scenario.Demand.SourceMix.Shares(), streams.Stream("arrivals.source"));
        _ratings = new CategoricalChoice<RagRating>(mash.RagMix.Shares(), streams.Stream("arrivals.rag"));

        _socialWorkers = new StaffPool(_simulation, "MASH social workers", mash.Staff.SocialWorkers, _mashCalendar);
        _managers = new StaffPool(_simulation, "MASH managers", mash.Staff.Managers, _mashCalendar);
        _businessSupport = new StaffPool(_simulation, "business support", mash.Staff.BusinessSupport, _mashCalendar);
        _emergencyDutyTeam = new StaffPool(_simulation, "emergency duty team", mash.Staff.EmergencyDutyTeam,
            new WorkingCalendar(epoch, WorkingHours.AlwaysOpen));

        ISampler Duration(string stream, DistributionSpec spec) => Samplers.Create(spec, streams.Stream(stream));
        var greenAtScreening = mash.GreenDecidedAtScreening
            ? new CategoricalChoice<ThresholdDecision>(mash.Decisions.Green.Shares(), streams.Stream("decision.greenAtScreening"))
            : null;
        _screening = new Screening(_simulation, _socialWorkers, Duration("screening.minutes", mash.ScreeningMinutes), _workflow,
            mash.PrioritiseScreeningByUrgency, greenAtScreening);
        _decision = new ThresholdDecisionMaking(_simulation, _socialWorkers, Duration("decision.minutes", mash.DecisionMinutes), _workflow,
            new CategoricalChoice<ThresholdDecision>(mash.Decisions.Amber.Shares(), streams.Stream("decision.amber")),
            new CategoricalChoice<ThresholdDecision>(mash.Decisions.Green.Shares(), streams.Stream("decision.green")));
        _managerAgreement = new ManagerAgreement(_simulation, _managers, Duration("manager.minutes", mash.ManagerAgreementMinutes), _workflow);
        _emergencyDuty = new EmergencyDutyResponse(_simulation, _emergencyDutyTeam, Duration("edt.minutes", mash.EmergencyDuty.ResponseMinutes), _workflow);
        _transfer = new ReferralTransfer(_simulation, _businessSupport, Duration("transfer.minutes", mash.Transfer.StepMinutes), _workflow, mash.Transfer.Steps);
        _checks = new MultiAgencyChecks(_simulation, _mashCalendar, _workflow, mash.Checks, streams, _recorder.OnCheckReply);
        // Every activity as one record, for the stage times and (when asked) the event log.
        var agencies = mash.Checks.Agencies.Select(a => a.Name).ToArray();
        _stages = new StageRecorder(agencies, scenario.Pathway is not null);
        _activities = new ActivityTracker(_simulation, agencies, eventLog is null ? [_stages] : [_stages, eventLog]);
        foreach (var activity in new StaffedActivity[] { _screening, _decision, _managerAgreement, _emergencyDuty, _transfer }) activity.Tracker = _activities;
        _checks.AgencyReplied = _activities.AgencyReplied;

        _returnRatings = new CategoricalChoice<RagRating>((scenario.Pathway?.Return.RagMix ?? mash.RagMix).Shares(), streams.Stream("return.rag"));
        if (scenario.Pathway is { } pathway)
        {
            // Social workers keep office hours even where a validation scenario keeps the MASH open around the clock.
            var teamHours = mash.Hours.AlwaysOpen ? WorkingHours.OfficeNineToFive : mash.Hours.ToWorkingHours();
            _pathway = new PathwayModel(_simulation, new WorkingCalendar(epoch, teamHours), pathway, streams, this, _warmupEnd, _horizon, _activities);
        }

        // The workflows' flows for the diagrams: one more observer of both machines.
        _flows = new FlowRecorder(_simulation, _warmupEnd, _horizon, _pathway is not null);
        _workflow.AddObserver(_flows);
        _pathway?.AddCaseObserver(_flows);

        var profile = ArrivalProfiles.From(scenario.Demand, epoch);
        new PoissonArrivals(_simulation, profile, epoch, streams.Stream("arrivals"), this, _horizon).Start();
        _simulation.ScheduleAt(_warmupEnd, new WarmupEnd(this), priority: -2);
        _recorder.SampleScreeningQueue(() => (int)_screening.Queue.Current, _warmupEnd, _horizon);
    }

    /// <summary>Runs replication <paramref name="replication"/> of <paramref name="scenario"/> with the streams derived from its seed.</summary>
    /// <remarks><paramref name="eventLog"/>, when given, hears every activity of every contact and case.</remarks>
    public static FrontDoorRunResult Run(Scenario scenario, int replication, bool keepContacts = false, IActivityObserver? eventLog = null)
    {
        var model = new FrontDoorModel(scenario, new RandomStreams(scenario.Run.Seed, replication), keepContacts, eventLog);
        return model.Execute(replication);
    }

    private FrontDoorRunResult Execute(int replication)
    {
        _simulation.RunUntil(_horizon);
        var pools = new PoolSnapshot(_socialWorkers, _managers, _businessSupport, _emergencyDutyTeam, _screening.Queue, _horizon);
        double inFrontDoorMean = _recorder.InFrontDoor.MeanUntil(_horizon);
        var stocks = _pathway is null ? null : new Pathway.Recording.PathwayOutcomes.Stocks(_pathway.Recorder, _horizon);
        _simulation.RunUntil(_horizon + SimDuration.FromDays(_scenario.Run.DrainDays));
        return FrontDoorOutcomes.Compute(_scenario, replication, _recorder, pools, inFrontDoorMean, _simulation, _pathway, stocks) with { Stages = _stages.Result(), Flows = _flows.Flows };
    }

    public void OnArrival(SimTime now) => Receive(new Contact(_nextId++, _sources.Next(), _ratings.Next(), now, counted: now >= _warmupEnd, _nextChildId++));

    /// <summary>A child already known (stepped up from early help, or back after closure) contacts the front door again.</summary>
    void IFrontDoorIntake.ReceiveContact(int childId, ContactSource source)
    {
        var now = _simulation.Now;
        Receive(new Contact(_nextId++, source, _returnRatings.Next(), now, counted: now >= _warmupEnd && now < _horizon, childId));
    }

    private void Receive(Contact contact)
    {
        var now = contact.ArrivedAt;
        var timescales = _scenario.Timescales;
        contact.OutOfHours = _emergencyDutyTeam.Capacity > 0 && !_mashCalendar.IsOpen(now);
        contact.DecisionDeadline = _mashCalendar.DeadlineAfterWorkingDays(now, 1);
        contact.FlagDeadline = contact.Rag switch
        {
            RagRating.Red => now + SimDuration.FromHours(timescales.RedTransferTargetHours),
            RagRating.Amber => _mashCalendar.DeadlineAfterWorkingDays(now, timescales.AmberFlagWorkingDays),
            _ => _mashCalendar.DeadlineAfterWorkingDays(now, timescales.GreenFlagWorkingDays),
        };
        _recorder.OnArrived(contact);
        _activities.OnArrived(contact);
        _workflow.Fire(contact, ContactTrigger.Arrived);
    }

    void IContactActivities.RequestEmergencyDutyResponse(Contact contact) => _emergencyDuty.Request(contact);
    void IContactActivities.RequestScreening(Contact contact) => _screening.Request(contact);
    void IContactActivities.SendChecks(Contact contact) => _checks.Send(contact);
    void IContactActivities.RequestDecision(Contact contact) => _decision.Request(contact);
    void IContactActivities.RequestManagerAgreement(Contact contact) => _managerAgreement.Request(contact);
    void IContactActivities.StartTransfer(Contact contact) => _transfer.Start(contact);

    /// <summary>Records the transition, and hands referred contacts (and red ones passed to duty) to the pathway.</summary>
    void IContactObserver.OnTransition(Contact contact, ContactState from, ContactState to, ContactTrigger trigger)
    {
        _recorder.OnTransition(contact, from, to, trigger);
        _activities.OnContactTransition(contact, to);
        if (_pathway is not null && to is ContactState.Referred or ContactState.TransferredToDuty) _pathway.OnReferral(contact);
    }

    public bool NeedsManagerAgreement(Contact contact) =>
        contact.Decision == ThresholdDecision.Referral || _scenario.Mash.ManagerOversightOfAllDecisions;

    private void ResetStatistics()
    {
        var now = _simulation.Now;
        foreach (var pool in new[] { _socialWorkers, _managers, _businessSupport, _emergencyDutyTeam }) pool.Statistics.Reset(now);
        _recorder.InFrontDoor.Reset(now);
        _screening.Queue.Reset(now);
        _pathway?.Recorder.ResetStocks(now);
    }

    private sealed class WarmupEnd(FrontDoorModel model) : IEventHandler
    {
        public void Handle(int tag, object? subject) => model.ResetStatistics();
    }
}
