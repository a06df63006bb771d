using MashSim.Kernel;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Random;
using MashSim.Kernel.Resources;
using MashSim.Model.Contacts;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Parameters;
using MashSim.Model.Pathway.Recording;
using MashSim.Model.Pathway.Stock;
using MashSim.Model.Pathway.Workflows;
using MashSim.Model.Pathway.Work;

namespace MashSim.Model.Pathway;

/// <summary>Children's social care after the front door, wired onto the kernel: the team, the case workflow, and every decision along it.</summary>
/// <remarks>Decisions are drawn when the event happens (an assessment's outcome when it completes), each from its own named stream.</remarks>
internal sealed class PathwayModel : ICaseActivities, IWorkOutcomes, IEventHandler
{
    private const int SampleDayTag = 101;

    private readonly Simulation _simulation;
    private readonly WorkingCalendar _calendar;
    private readonly PathwayParameters _p;
    private readonly IFrontDoorIntake _frontDoor;
    private readonly CaseWorkflow _workflow;
    private readonly SocialWorkTeam _team;
    private readonly StrategyMeetings _strategy;
    private readonly ConferenceSlots _slots;
    private readonly ISampler _assessmentHours, _section47Days, _earlyHelpWeeks;
    private readonly ISampler? _assessmentMinimumDays, _conferenceNoticeDays;
    private readonly CategoricalChoice<AssessmentOutcome> _assessmentOutcome;
    private readonly CategoricalChoice<PlanReviewOutcome> _firstCpReview, _laterCpReview, _cinReview;
    private readonly System.Random _decisions;
    private readonly SimTime _warmupEnd, _horizon;
    private int _nextCaseId;
    private int _initialCases;
    private readonly Population.ChildPopulation? _population;

    public PathwayModel(Simulation simulation, WorkingCalendar calendar, PathwayParameters parameters, RandomStreams streams,
        IFrontDoorIntake frontDoor, SimTime warmupEnd, SimTime horizon, ICaseObserver? activities = null,
        Population.ChildPopulation? population = null, MashSim.Model.Recording.Distributions.DurationRecorder? durations = null)
    {
        _population = population;
        _simulation = simulation;
        _calendar = calendar;
        _p = parameters;
        _frontDoor = frontDoor;
        _warmupEnd = warmupEnd;
        _horizon = horizon;
        Recorder = new PathwayRecorder(simulation, calendar, parameters, warmupEnd, horizon, durations ?? new());
        _workflow = new CaseWorkflow(this, activities is null ? Recorder : new MashSim.Model.Recording.Events.CaseObservers(Recorder, activities));
        _team = new SocialWorkTeam(simulation, calendar, parameters, this, streams);
        var police = new StaffPool(simulation, "police (strategy discussions)", parameters.StrategyDiscussion.PoliceAvailable, calendar);
        var health = new StaffPool(simulation, "health (strategy discussions)", parameters.StrategyDiscussion.HealthAvailable, calendar);
        _strategy = new StrategyMeetings(simulation, police, health,
            parameters.StrategyDiscussion.Minutes.Sampler(streams.Stream("pathway.strategy.minutes")), StrategyHeld);
        _slots = new ConferenceSlots(calendar, parameters.Conferences.SlotsPerWorkingDay);
        _assessmentHours = parameters.Assessment.WorkHours.Sampler(streams.Stream("pathway.assessment.hours"));
        _section47Days = parameters.Section47.WorkingDays.Sampler(streams.Stream("pathway.section47.days"));
        _earlyHelpWeeks = parameters.EarlyHelp.Weeks.Sampler(streams.Stream("pathway.earlyHelp.weeks"));
        if (parameters.Assessment.MinimumWorkingDays is { } minimum) _assessmentMinimumDays = minimum.Sampler(streams.Stream("pathway.assessment.minimumDays"));
        if (parameters.Conferences.NoticeWorkingDays is { } notice) _conferenceNoticeDays = notice.Sampler(streams.Stream("pathway.conference.noticeDays"));
        _assessmentOutcome = new CategoricalChoice<AssessmentOutcome>(parameters.Assessment.Outcomes.Shares(), streams.Stream("pathway.assessment.outcome"));
        _firstCpReview = new CategoricalChoice<PlanReviewOutcome>(parameters.ChildProtectionPlan.FirstReview.Shares(), streams.Stream("pathway.cp.firstReview"));
        _laterCpReview = new CategoricalChoice<PlanReviewOutcome>(parameters.ChildProtectionPlan.LaterReviews.Shares(), streams.Stream("pathway.cp.laterReview"));
        _cinReview = new CategoricalChoice<PlanReviewOutcome>(parameters.ChildInNeedPlan.Review.Shares(), streams.Stream("pathway.cin.review"));
        _decisions = streams.Stream("pathway.decisions");
        // The day's stocks are sampled at 17:00 every day of the measured period, weekends included.
        _simulation.ScheduleAt(warmupEnd + SimDuration.FromHours(17), this, SampleDayTag, null);
        OpenInitialStock(parameters.InitialStock, streams);
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
        RequestAllocation(c);
    }

    public void RequestAllocation(Case c) => _team.RequestAllocation(c);

    public void StartAssessment(Case c)
    {
        c.AssessmentHoursNeeded = _assessmentHours.Sample();
        c.AssessmentHoursDone = 0;
        c.AssessmentCompletedAt = null;
        var referred = DateOnly.FromDateTime(_calendar.ToDateTime(c.ReferredAt));
        c.AssessmentDueDate = _calendar.AddWorkingDays(referred, _p.Assessment.TimescaleWorkingDays);
        c.AssessmentEarliestDate = _calendar.AddWorkingDays(referred, (int)Math.Round(_assessmentMinimumDays?.Sample() ?? 0));
    }

    public void RequestStrategyDiscussion(Case c)
    {
        _team.EnsureSocialWorker(c);
        c.StrategyRequestedAt = _simulation.Now;
        _strategy.Request(c);
    }

    public void StartSection47(Case c)
    {
        int days = Math.Max(1, (int)Math.Round(_section47Days.Sample()));
        c.Section47EndsAt = _calendar.DeadlineAfterWorkingDays(_simulation.Now, days);
        c.Section47HoursPerDay = _p.Section47.WorkHours / days;
        Schedule(c.Section47EndsAt, CaseTrigger.Section47Completed, c);
    }

    public void BookConference(Case c)
    {
        var earliest = _conferenceNoticeDays is null
            ? _simulation.Now
            : _calendar.DeadlineAfterWorkingDays(_simulation.Now, (int)Math.Round(_conferenceNoticeDays.Sample()));
        Schedule(_slots.Book(earliest), CaseTrigger.ConferenceHeld, c);
    }

    public void StartChildProtectionPlan(Case c)
    {
        var now = _simulation.Now;
        BeginOrContinuePlan(c);
        var start = _calendar.ToDateTime(c.PlanStartedAt);
        var months = _p.ChildProtectionPlan.FirstReviewMonths + c.ReviewsHeld * _p.ChildProtectionPlan.ReviewIntervalMonths;
        var due = _calendar.ToSimTime(start.AddMonths(months));
        // Book the review conference in the week before it is due, so that it is held in time when slots allow.
        var earliest = due - SimDuration.FromDays(7);
        Schedule(_slots.Book(earliest < now ? now : earliest), CaseTrigger.PlanReviewed, c);
    }

    public void StartChildInNeedPlan(Case c)
    {
        var now = _simulation.Now;
        if (BeginOrContinuePlan(c)) _team.OfferToFamilySupport(c);
        Schedule(_calendar.NextOpening(now + SimDuration.FromDays(7 * _p.ChildInNeedPlan.ReviewIntervalWeeks)), CaseTrigger.PlanReviewed, c);
    }

    /// <summary>Entering a plan state starts a new plan, unless a review has just decided to continue the one in hand; true for a new plan.</summary>
    private bool BeginOrContinuePlan(Case c)
    {
        bool continuing = c.ContinuingPlan;
        c.ContinuingPlan = false;
        if (continuing) return false;
        c.PlanStartedAt = _simulation.Now;
        c.ReviewsHeld = 0;
        c.NextVisitDue = _simulation.Now;
        Recorder.OnPlanStarted(c);
        return true;
    }

    public void AwaitPanel(Case c)
    {
        JudgeEnding(c);
        _team.Release(c);
        var day = DateOnly.FromDateTime(_calendar.ToDateTime(_simulation.Now)).AddDays(1);
        while (day.DayOfWeek != _p.EarlyHelp.PanelDay || !_calendar.IsWorkingDay(day)) day = day.AddDays(1);
        Schedule(_calendar.ToSimTime(day.ToDateTime(new TimeOnly(10, 0))), CaseTrigger.PanelMet, c);
    }

    public void StartEarlyHelp(Case c) =>
        Schedule(_simulation.Now + SimDuration.FromDays(7 * _earlyHelpWeeks.Sample()), CaseTrigger.EarlyHelpEnded, c);

    public void Close(Case c)
    {
        if (c.Worker is not null) JudgeEnding(c);
        // Whether the child is contacted about again is the population's to decide, from the child's history.
        _team.Release(c);
    }

    public void BecomeLookedAfter(Case c) => _team.Release(c);

    void IWorkOutcomes.Allocated(Case c, bool aboveCap)
    {
        c.AllocatedAt = _simulation.Now;
        // A child already on a plan at the start just joins the caseload; only a referral moves on when allocated.
        if (c.State != CaseState.AwaitingAllocation) return;
        Recorder.OnAllocated(c, aboveCap);
        Schedule(_simulation.Now, CaseTrigger.Allocated, c);
    }

    void IWorkOutcomes.AssessmentDone(Case c) => Schedule(_simulation.Now, CaseTrigger.AssessmentCompleted, c);
    void IWorkOutcomes.Visited(Case c, bool late) => Recorder.OnVisit(c, late);
    void IWorkOutcomes.UnallocatedChanged(int unallocated) => Recorder.OnUnallocatedChanged(unallocated);
    void IWorkOutcomes.EndOfWorkingDay(IReadOnlyList<SocialWorker> socialWorkers) => Recorder.OnEndOfWorkingDay(socialWorkers);

    /// <summary>Decides where the case goes on the trigger now due, then fires it.</summary>
    void IEventHandler.Handle(int tag, object? subject)
    {
        if (tag == SampleDayTag)
        {
            Recorder.SampleDay(_team.SocialWorkers.ToList());
            var next = _simulation.Now + SimDuration.FromDays(1);
            if (next < _horizon) _simulation.ScheduleAt(next, this, SampleDayTag, null);
            return;
        }
        var c = (Case)subject!;
        var trigger = (CaseTrigger)tag;
        c.Next = trigger switch
        {
            CaseTrigger.Allocated => c.IsRed ? CaseState.AwaitingStrategyDiscussion : CaseState.InAssessment,
            CaseTrigger.AssessmentCompleted => _assessmentOutcome.Next() switch
            {
                AssessmentOutcome.Close => CaseState.Closed,
                AssessmentOutcome.EarlyHelp => CaseState.AwaitingEarlyHelpPanel,
                AssessmentOutcome.ChildInNeedPlan => CaseState.OnChildInNeedPlan,
                _ => CaseState.AwaitingStrategyDiscussion,
            },
            CaseTrigger.Section47Completed => Chance(_p.Section47.ConferenceProbability) ? CaseState.AwaitingConference
                : Chance(_p.Section47.ChildInNeedIfNoConference) ? CaseState.OnChildInNeedPlan : CaseState.Closed,
            CaseTrigger.ConferenceHeld => ConferenceOutcome(c),
            CaseTrigger.PlanReviewed => ReviewOutcome(c),
            CaseTrigger.EarlyHelpEnded => StepUp(c),
            _ => c.Next,
        };
        _workflow.Fire(c, trigger);
    }

    private void StrategyHeld(Case c)
    {
        c.StrategyHeldAt = _simulation.Now;
        Recorder.OnStrategyDiscussion(c);
        c.Next = Chance(_p.StrategyDiscussion.Section47Probability) ? CaseState.InSection47
            : Chance(_p.StrategyDiscussion.ChildInNeedIfNoSection47) ? CaseState.OnChildInNeedPlan : CaseState.Closed;
        _workflow.Fire(c, CaseTrigger.StrategyDiscussionHeld);
    }

    private CaseState ConferenceOutcome(Case c)
    {
        c.InitialConferenceAt = _simulation.Now;
        Recorder.OnInitialConference(c);
        return Chance(_p.Conferences.PlanProbability) ? CaseState.OnChildProtectionPlan
            : Chance(_p.Conferences.ChildInNeedIfNoPlan) ? CaseState.OnChildInNeedPlan : CaseState.Closed;
    }

    private CaseState ReviewOutcome(Case c)
    {
        bool protection = c.State == CaseState.OnChildProtectionPlan;
        var outcome = protection ? (c.ReviewsHeld == 0 ? _firstCpReview : _laterCpReview).Next() : _cinReview.Next();
        c.ReviewsHeld++;
        if (outcome == PlanReviewOutcome.Continue)
        {
            c.ContinuingPlan = true;
            return c.State;
        }
        Recorder.OnPlanEnded(c);
        return (protection, outcome) switch
        {
            (true, PlanReviewOutcome.StepDown) => CaseState.OnChildInNeedPlan,
            (true, PlanReviewOutcome.LookedAfter) => CaseState.LookedAfter,
            (false, PlanReviewOutcome.StepDown) => CaseState.AwaitingEarlyHelpPanel,
            (false, PlanReviewOutcome.Escalate) => CaseState.AwaitingStrategyDiscussion,
            _ => CaseState.Closed,
        };
    }

    /// <summary>Children already on plans at time zero (<see cref="InitialStockParameters"/>), each placed as the workflow would have left it.</summary>
    /// <remarks>
    /// The state is set directly (the workflow keeps no state of its own): the plan started in the past by the drawn age,
    /// its next review falls where the review chain puts it, its next visit is spread over the visiting interval, and
    /// the child is allocated by the team's usual rule. Each draw has its own named stream, so adding a stock shifts no
    /// other stream. Ids below zero mark these children: none of them came through this run's front door.
    /// </remarks>
    private void OpenInitialStock(InitialStockParameters stock, RandomStreams streams)
    {
        var cpAges = streams.Stream("pathway.initialStock.cp.age");
        var cpVisits = streams.Stream("pathway.initialStock.cp.visit");
        for (int i = 0; i < stock.ChildProtectionPlans; i++)
        {
            var (reviews, age) = PlanAges.ChildProtection(_p.ChildProtectionPlan, cpAges);
            var c = OpenInitialCase(CaseState.OnChildProtectionPlan, RagRating.Amber, reviews, age, cpVisits.Next(_p.ChildProtectionPlan.VisitEveryWorkingDays));
            // Entered as a plan in hand, so the usual entry keeps its start and reviews and books the next review from them.
            c.ContinuingPlan = true;
            StartChildProtectionPlan(c);
        }
        var cinAges = streams.Stream("pathway.initialStock.cin.age");
        var cinVisits = streams.Stream("pathway.initialStock.cin.visit");
        for (int i = 0; i < stock.ChildInNeedPlans; i++)
        {
            var (reviews, age) = PlanAges.ChildInNeed(_p.ChildInNeedPlan, cinAges);
            var c = OpenInitialCase(CaseState.OnChildInNeedPlan, RagRating.Green, reviews, age, cinVisits.Next(_p.ChildInNeedPlan.VisitEveryWorkingDays));
            _team.OfferToFamilySupport(c);
            // Each review is booked one interval after the last, so the next falls (reviews held + 1) intervals after the start.
            var review = c.PlanStartedAt + SimDuration.FromDays(7 * _p.ChildInNeedPlan.ReviewIntervalWeeks * (reviews + 1));
            Schedule(_calendar.NextOpening(review < _simulation.Now ? _simulation.Now : review), CaseTrigger.PlanReviewed, c);
        }
    }

    private Case OpenInitialCase(CaseState plan, RagRating rag, int reviewsHeld, double ageDays, int workingDaysToVisit)
    {
        var now = _simulation.Now;
        var started = now - SimDuration.FromDays(ageDays);
        int id = -++_initialCases;
        var c = new Case(id, id, rag, started, counted: false)
        {
            State = plan,
            PlanStartedAt = started,
            ReviewsHeld = reviewsHeld,
            NextVisitDue = _calendar.DeadlineAfterWorkingDays(now, workingDaysToVisit),
        };
        Recorder.OnInitialCase(c);
        _population?.OnInitialCase(c);
        _team.RequestAllocation(c);
        return c;
    }

    private CaseState StepUp(Case c)
    {
        if (Chance(_p.EarlyHelp.StepUpProbability)) _frontDoor.ReceiveContact(c.ChildId, ContactSource.LocalAuthority);
        return CaseState.Closed;
    }

    /// <summary>Whether a case leaving its social worker (closed or stepped down) leaves too soon: likelier the more stretched the worker (000, 001, 003).</summary>
    private void JudgeEnding(Case c)
    {
        double pressure = c.Worker?.Pressure ?? 0;
        double chance = Math.Clamp(_p.Return.PrematureBase + _p.Return.PrematurePerUnitPressure * Math.Max(0, pressure - 1), 0, 1);
        c.EndedPrematurely = _decisions.NextDouble() < chance;
        Recorder.OnEnding(c);
    }

    private bool Chance(double probability) => _decisions.NextDouble() < probability;

    private void Schedule(SimTime at, CaseTrigger trigger, Case c) => _simulation.ScheduleAt(at, this, (int)trigger, c);
}
