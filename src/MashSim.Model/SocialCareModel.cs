using MashSim.Kernel;
using MashSim.Kernel.Arrivals;
using MashSim.Model.Arrivals;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Random;
using MashSim.Kernel.Resources;
using MashSim.Model.Activities;
using MashSim.Model.Contacts;
using MashSim.Model.Pathway;
using MashSim.Model.Processes;
using MashSim.Model.Parameters;
using MashSim.Model.Recording;
using MashSim.Model.Recording.ContactLog;
using MashSim.Model.Recording.Events;
using MashSim.Model.Recording.Distributions;
using MashSim.Model.Recording.Flows;
using MashSim.Model.Population;
using MashSim.Model.Runs;
using MashSim.Model.Workflows;

namespace MashSim.Model;

/// <summary>A local authority's children's social care for one replication, wired onto the kernel: arrivals, the MASH's staff pools,
/// activities, contact workflow and recorder, and (with a pathway) the teams and cases after the front door.</summary>
/// <remarks>
/// The model only builds: <see cref="Build"/> schedules the arrivals and the warm-up, and whoever runs it (the experiment
/// layer's single run) advances <see cref="Simulation"/>, takes the <see cref="HorizonSnapshot"/> at the horizon, drains,
/// and asks for the <see cref="Outcomes"/>. It never sees a seed (only the streams made from one) or a replication count.
/// </remarks>
public sealed class SocialCareModel : IArrivalSink, IContactActivities, IContactObserver, IFrontDoorIntake, IMashIntake
{
    private readonly Scenario _scenario;
    private readonly Simulation _simulation = new();
    private readonly int _replication;
    private readonly WorkingCalendar _mashCalendar;
    private readonly FrontDoorRecorder _recorder;
    private readonly FlowRecorder _flows;
    private readonly ContactWorkflow _workflow;
    private readonly CategoricalChoice<ContactSource> _sources;
    private readonly CategoricalChoice<RagRating> _ratings;
    private readonly StaffPool _socialWorkers, _managers, _businessSupport, _emergencyDutyTeam;
    private readonly (StaffPool Pool, StaffUtilisation Utilisation)[] _utilisation;
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
    private readonly OptionalProcesses? _processes;
    private readonly ChildPopulation _population;
    private readonly ChildOutcomes _childOutcomes;
    private readonly DurationRecorder _durations = new();
    private int _nextId;

    private SocialCareModel(Scenario scenario, RandomStreams streams, IContactLog? contactLog, IActivityObserver? eventLog)
    {
        _scenario = scenario;
        _replication = streams.Replication;
        var mash = scenario.Mash;
        var epoch = scenario.Run.Start.ToDateTime(TimeOnly.MinValue);
        _mashCalendar = new WorkingCalendar(epoch, mash.Hours.ToWorkingHours());
        _warmupEnd = SimTime.FromDays(scenario.Run.WarmupDays);
        _horizon = SimTime.FromDays(scenario.Run.HorizonDays);
        _recorder = new FrontDoorRecorder(_simulation, scenario.Timescales.RedTransferTargetHours, contactLog);
        _workflow = new ContactWorkflow(_simulation, this, this);

        _sources = new CategoricalChoice<ContactSource>(scenario.Demand.SourceMix.Shares(), streams.Stream("arrivals.source"));
        _ratings = new CategoricalChoice<RagRating>(mash.RagMix.Shares(), streams.Stream("arrivals.rag"));

        // The MASH's roles, in the order the utilisation outcomes list them; each pool's recorder hears its every change.
        StaffPool Pool(string name, int capacity, WorkingCalendar calendar, StaffUtilisation utilisation) => new(_simulation, name, capacity, calendar, utilisation);
        StaffUtilisation[] used = [new(), new(), new(), new()];
        _socialWorkers = Pool("MASH social workers", mash.Staff.SocialWorkers, _mashCalendar, used[0]);
        _managers = Pool("MASH managers", mash.Staff.Managers, _mashCalendar, used[1]);
        _businessSupport = Pool("business support", mash.Staff.BusinessSupport, _mashCalendar, used[2]);
        _emergencyDutyTeam = Pool("emergency duty team", mash.Staff.EmergencyDutyTeam, new WorkingCalendar(epoch, WorkingHours.AlwaysOpen), used[3]);
        _utilisation = [(_socialWorkers, used[0]), (_managers, used[1]), (_businessSupport, used[2]), (_emergencyDutyTeam, used[3])];

        ISampler Duration(string stream, DistributionSpec spec) => spec.Sampler(streams.Stream(stream));
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

        // Before the pathway, which steps families down to the early help hub when there is one.
        _processes = OptionalProcesses.Build(scenario, new ProcessSetting(_simulation, epoch, streams, _warmupEnd, _horizon, this));
        _returnRatings = new CategoricalChoice<RagRating>((scenario.Pathway?.Return.RagMix ?? mash.RagMix).Shares(), streams.Stream("return.rag"));
        // Every contact is about a child; the children the pathway starts with on plans are given their histories as it opens them.
        var known = scenario.Population.KnownChildren;
        _childOutcomes = new ChildOutcomes(_simulation, _warmupEnd, _horizon, _durations);
        _population = new ChildPopulation(_simulation, known, scenario.Demand.ContactsPerYear * (1 - known.ShareOfContacts), streams, _childOutcomes);
        if (scenario.Pathway is { } pathway)
        {
            // Social workers keep office hours even where a validation scenario keeps the MASH open around the clock.
            var teamHours = mash.Hours.ForSocialWorkers();
            _pathway = new PathwayModel(_simulation, new WorkingCalendar(epoch, teamHours), pathway, streams, this, _warmupEnd, _horizon, _activities,
                _processes?.EarlyHelpHub, _population, _durations);
            _pathway.AddCaseObserver(_population);
            new YearEnds(this, epoch).Start();
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

    /// <summary>The model of <paramref name="scenario"/> drawing from <paramref name="streams"/>, ready to run from time zero.</summary>
    /// <remarks><paramref name="contactLog"/>, when given, hears every counted contact once final, in arrival order (the rows of contacts.csv);
    /// <paramref name="eventLog"/>, when given, hears every activity of every contact and case.</remarks>
    public static SocialCareModel Build(Scenario scenario, RandomStreams streams, IContactLog? contactLog = null, IActivityObserver? eventLog = null) =>
        new(scenario, streams, contactLog, eventLog);

    /// <summary>The agenda the model's events are on.</summary>
    public Simulation Simulation => _simulation;

    /// <summary>When arrivals stop and the measured period ends.</summary>
    public SimTime Horizon => _horizon;

    /// <summary>What is averaged over the measured period, read now (at the horizon), before the drain could dilute it.</summary>
    public HorizonSnapshot TakeSnapshot()
    {
        _processes?.ReadAtHorizon(_horizon);
        return new(
        _utilisation.Select(u => u.Utilisation.Until(u.Pool, _horizon)).ToArray(),
        _screening.Queue.MeanUntil(_horizon), _screening.Queue.Maximum, _recorder.InFrontDoor.MeanUntil(_horizon),
        _pathway is null ? null : new Pathway.Recording.PathwayStocks(_pathway.Recorder, _horizon));
    }

    /// <summary>This replication's outcomes, the front door's and the pathway's, once the run has drained.</summary>
    public RunResult Outcomes(HorizonSnapshot atHorizon)
    {
        _recorder.TallyUnfinished();
        // Every outcome starts as "no observations"; the front door's and (with a pathway) the pathway's are then filled in.
        var values = new double[Kpi.All.Count];
        Array.Fill(values, double.NaN);
        var decisionHours = FrontDoorOutcomes.Fill(values, _scenario.Run, _recorder, atHorizon);
        if (_pathway is not null) Pathway.Recording.PathwayOutcomes.Fill(values, _scenario, _pathway.Recorder, atHorizon.Stocks!);
        _processes?.Fill(values);
        _durations.AddAll(Duration.ContactToDecision, decisionHours);
        _childOutcomes.Fill(values);
        if (_pathway is null) values[Kpi.ReReferralShare.Index] = double.NaN;
        var histograms = _durations.Fill(values);

        var account = new ContactAccount(_recorder.Arrived, _recorder.TransferredToDuty, _recorder.Referred, _recorder.Closed,
            _recorder.Arrived - _recorder.TransferredToDuty - _recorder.Referred - _recorder.Closed);
        var p = _pathway?.Recorder;
        var cases = p is null ? null : new CaseAccount(p.InitialCases, p.CasesOpened, p.CasesClosed, p.LeftCare,
            p.InitialCases + p.CasesOpened - p.CasesClosed - p.LeftCare, p.OpenCasesIncludingEarlyHelp);
        var series = new List<DailySeries> { _recorder.DailyScreeningQueue() };
        if (p is not null) series.AddRange(p.DailySeries());
        if (_processes is not null) series.AddRange(_processes.DailySeries());
        return new RunResult(_replication, values, series, decisionHours, account,
            Contacts: null, _simulation.EventsHandled)
        {
            Cases = cases, Stages = _stages.Result(), Flows = _flows.Flows, Histograms = histograms,
            Streams = _processes?.Accounts() ?? [], Timeliness = _processes?.Timeliness() ?? [],
        };
    }

    /// <summary>The children contacts are about, with their histories, for any part of the model that decides by them.</summary>
    public IChildHistories Children => _population;

    /// <summary>A contact from the demand stream: about a child already known (rated as known children are) or a child new to services.</summary>
    public void OnArrival(SimTime now)
    {
        var child = _population.ForNewContact(out bool known);
        bool counted = now >= _warmupEnd;
        if (InMeasuredPeriod(now)) _childOutcomes.OnContact(known);
        // Children referred before are rated as known children are (more urgently, pathway.return.ragMix); others as any contact.
        // Both ratings are drawn for every contact, so a contact's rating stays paired across scenarios that pick other children.
        var asAnyContact = _ratings.Next();
        var asKnownChild = _returnRatings.Next();
        var rag = known && child.Involvement >= Involvement.Referral && _pathway is not null ? asKnownChild : asAnyContact;
        Receive(new Contact(_nextId++, _sources.Next(), rag, now, counted, child.ChildId) { ChildAgeYears = (int)child.AgeYears(now) });
    }

    /// <summary>A child services are working with (stepped up from early help) contacts the front door again.</summary>
    void IFrontDoorIntake.ReceiveContact(int childId, ContactSource source)
    {
        var now = _simulation.Now;
        var child = _population.ForContactAbout(childId);
        Receive(new Contact(_nextId++, source, _returnRatings.Next(), now, counted: InMeasuredPeriod(now), childId) { ChildAgeYears = (int)child.AgeYears(now) });
    }

    int IMashIntake.NewChildId() => _population.NewChildId();

    /// <summary>Whether something happening at <paramref name="now"/> counts in the outcomes: after the warm-up, before the horizon.</summary>
    private bool InMeasuredPeriod(SimTime now) => now >= _warmupEnd && now < _horizon;

    /// <summary>A notification, a missing child or a family in early help becomes a contact to the MASH.</summary>
    void IMashIntake.Contact(int childId, ContactSource source, RagRating rating)
    {
        var now = _simulation.Now;
        Receive(new Contact(_nextId++, source, rating, now, counted: InMeasuredPeriod(now), childId));
    }

    /// <summary>The optional processes switched on (for tests that look inside one); null when none is.</summary>
    internal OptionalProcesses? Processes => _processes;

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
        if (_pathway is not null && to is ContactState.Referred or ContactState.TransferredToDuty)
        {
            _population.OnReferral(contact);
            _pathway.OnReferral(contact);
        }
        if (to is ContactState.Referred or ContactState.TransferredToDuty or ContactState.Closed) _population.ContactLeft(contact);
        if (_processes?.EarlyHelpHub is { } hub && to == ContactState.Closed && contact.Decision == ThresholdDecision.EarlyHelp) hub.Refer(contact.ChildId);
    }

    public bool NeedsManagerAgreement(Contact contact) =>
        contact.Decision == ThresholdDecision.Referral || _scenario.Mash.ManagerOversightOfAllDecisions;

    private void ResetStatistics()
    {
        var now = _simulation.Now;
        foreach (var (pool, utilisation) in _utilisation) utilisation.Reset(pool, now);
        _recorder.InFrontDoor.Reset(now);
        _screening.Queue.Reset(now);
        _pathway?.Recorder.ResetStocks(now);
        _processes?.StartMeasuring(now);
    }

    /// <summary>At the end of each 31 March in the measured period, counts the open plans by how long they have run.</summary>
    private sealed class YearEnds(SocialCareModel model, DateTime epoch) : IEventHandler
    {
        public void Start() => Next(epoch.Year);

        public void Handle(int tag, object? subject)
        {
            var p = model._population;
            if (model._simulation.Now >= model._warmupEnd) model._childOutcomes.OnYearEnd(
                p.OpenPlansByLength(HistoryKind.ChildProtectionPlan, Kpi.OpenPlanBandMonths), p.OpenPlansByLength(HistoryKind.ChildInNeedPlan, Kpi.OpenPlanBandMonths));
            Next(tag + 1);
        }

        private void Next(int year)
        {
            var at = SimTime.FromDays((new DateTime(year, 3, 31, 23, 59, 0) - epoch).TotalDays);
            if (at < model._simulation.Now) { Next(year + 1); return; }
            if (at < model._horizon) model._simulation.ScheduleAt(at, this, year);
        }
    }

    private sealed class WarmupEnd(SocialCareModel model) : IEventHandler
    {
        public void Handle(int tag, object? subject) => model.ResetStatistics();
    }
}
