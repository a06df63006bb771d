using MashSim.Kernel;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Random;
using MashSim.Kernel.Resources;
using MashSim.Model.Parameters;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Decisions;
using MashSim.Model.Pathway.Events;
using MashSim.Model.Pathway.Parameters;
using MashSim.Model.Pathway.Recording;
using MashSim.Model.Pathway.Work;
using MashSim.Model.Pathway.Workflows;

namespace MashSim.Model.Pathway.Activities;

/// <summary>The work each step of the case workflow asks for: allocation, assessment, meetings, enquiries, conferences, plans, early help and closure.</summary>
/// <remarks>Each activity only requests the team's or partners' time, or books the event that ends it; the workflow decides where the case goes next.</remarks>
internal sealed class CaseActivities : ICaseActivities, IWorkOutcomes
{
    private readonly Simulation _simulation;
    private readonly WorkingCalendar _calendar;
    private readonly PathwayParameters _p;
    private readonly PathwayRecorder _recorder;
    private readonly CaseDecisions _decisions;
    private readonly CaseTriggers _triggers;
    private readonly ReturningChildren _returning;
    private readonly StrategyMeetings _strategy;
    private readonly ConferenceSlots _slots;
    private readonly ISampler _assessmentHours, _section47Days, _earlyHelpWeeks, _daysToReturn, _monthsLookedAfter;
    private readonly ISampler? _assessmentMinimumDays, _conferenceNoticeDays;
    private readonly System.Random _returns;
    private readonly EarlyHelp.IEarlyHelpService? _earlyHelpHub;

    public CaseActivities(Simulation simulation, WorkingCalendar calendar, PathwayParameters parameters, RandomStreams streams,
        PathwayRecorder recorder, CaseDecisions decisions, CaseTriggers triggers, ReturningChildren returning, EarlyHelp.IEarlyHelpService? earlyHelpHub = null)
    {
        _earlyHelpHub = earlyHelpHub;
        _simulation = simulation;
        _calendar = calendar;
        _p = parameters;
        _recorder = recorder;
        _decisions = decisions;
        _triggers = triggers;
        _returning = returning;
        Team = new SocialWorkTeam(simulation, calendar, parameters, this, streams);
        var police = new StaffPool(simulation, "police (strategy discussions)", parameters.StrategyDiscussion.PoliceAvailable, calendar);
        var health = new StaffPool(simulation, "health (strategy discussions)", parameters.StrategyDiscussion.HealthAvailable, calendar);
        _strategy = new StrategyMeetings(simulation, police, health,
            parameters.StrategyDiscussion.Minutes.Sampler(streams.Stream("pathway.strategy.minutes")), triggers.StrategyDiscussionHeld);
        _slots = new ConferenceSlots(calendar, parameters.Conferences.SlotsPerWorkingDay);
        _assessmentHours = parameters.Assessment.WorkHours.Sampler(streams.Stream("pathway.assessment.hours"));
        _section47Days = parameters.Section47.WorkingDays.Sampler(streams.Stream("pathway.section47.days"));
        _earlyHelpWeeks = parameters.EarlyHelp.Weeks.Sampler(streams.Stream("pathway.earlyHelp.weeks"));
        _daysToReturn = parameters.Return.DaysToReturn.Sampler(streams.Stream("pathway.return.days"));
        if (parameters.Assessment.MinimumWorkingDays is { } minimum) _assessmentMinimumDays = minimum.Sampler(streams.Stream("pathway.assessment.minimumDays"));
        if (parameters.Conferences.NoticeWorkingDays is { } notice) _conferenceNoticeDays = notice.Sampler(streams.Stream("pathway.conference.noticeDays"));
        _returns = streams.Stream("pathway.returns");
        // Exponential, so a child already in care at the start has as long again to stay (InitialStock).
        _monthsLookedAfter = DistributionSpec.Exponential(parameters.LookedAfter.MeanStayMonths).Sampler(streams.Stream("pathway.lookedAfter.stay"));
    }

    /// <summary>The case-holding social workers and family support workers.</summary>
    public SocialWorkTeam Team { get; }

    public void RequestAllocation(Case c) => Team.RequestAllocation(c);

    public void StartAssessment(Case c)
    {
        c.AssessmentStartedAt = _simulation.Now;
        _recorder.OnAssessmentStarted(c);
        c.AssessmentHoursNeeded = _assessmentHours.Sample();
        c.AssessmentHoursDone = 0;
        c.AssessmentCompletedAt = null;
        var referred = DateOnly.FromDateTime(_calendar.ToDateTime(c.ReferredAt));
        c.AssessmentDueDate = _calendar.AddWorkingDays(referred, _p.Assessment.TimescaleWorkingDays);
        c.AssessmentEarliestDate = _calendar.AddWorkingDays(referred, (int)Math.Round(_assessmentMinimumDays?.Sample() ?? 0));
    }

    public void RequestStrategyDiscussion(Case c)
    {
        Team.EnsureSocialWorker(c);
        c.StrategyRequestedAt = _simulation.Now;
        _strategy.Request(c);
    }

    public void StartSection47(Case c)
    {
        int days = Math.Max(1, (int)Math.Round(_section47Days.Sample()));
        c.Section47EndsAt = _calendar.DeadlineAfterWorkingDays(_simulation.Now, days);
        c.Section47HoursPerDay = _p.Section47.WorkHours / days;
        _triggers.Schedule(c.Section47EndsAt, CaseTrigger.Section47Completed, c);
    }

    public void BookConference(Case c)
    {
        var earliest = _conferenceNoticeDays is null
            ? _simulation.Now
            : _calendar.DeadlineAfterWorkingDays(_simulation.Now, (int)Math.Round(_conferenceNoticeDays.Sample()));
        _triggers.Schedule(_slots.Book(earliest), CaseTrigger.ConferenceHeld, c);
    }

    public void StartChildProtectionPlan(Case c)
    {
        BeginPlan(c);
        ContinueChildProtectionPlan(c);
    }

    /// <summary>Books the next review conference: 3 months after the start, then every 6 months, in the week before it is due so that it is held in time when slots allow.</summary>
    public void ContinueChildProtectionPlan(Case c)
    {
        var now = _simulation.Now;
        var start = _calendar.ToDateTime(c.PlanStartedAt);
        var months = _p.ChildProtectionPlan.FirstReviewMonths + c.ReviewsHeld * _p.ChildProtectionPlan.ReviewIntervalMonths;
        var due = _calendar.ToSimTime(start.AddMonths(months));
        var earliest = due - SimDuration.FromDays(7);
        _triggers.Schedule(_slots.Book(earliest < now ? now : earliest), CaseTrigger.PlanReviewed, c);
    }

    public void StartChildInNeedPlan(Case c)
    {
        BeginPlan(c);
        Team.OfferToFamilySupport(c);
        ContinueChildInNeedPlan(c);
    }

    public void ContinueChildInNeedPlan(Case c) =>
        _triggers.Schedule(_calendar.NextOpening(_simulation.Now + SimDuration.FromDays(7 * _p.ChildInNeedPlan.ReviewIntervalWeeks)), CaseTrigger.PlanReviewed, c);

    public void EndPlan(Case c) => _recorder.OnPlanEnded(c);

    public void AwaitPanel(Case c)
    {
        JudgeEnding(c);
        Team.Release(c);
        var day = DateOnly.FromDateTime(_calendar.ToDateTime(_simulation.Now)).AddDays(1);
        while (day.DayOfWeek != _p.EarlyHelp.PanelDay || !_calendar.IsWorkingDay(day)) day = day.AddDays(1);
        _triggers.Schedule(_calendar.ToSimTime(day.ToDateTime(new TimeOnly(10, 0))), CaseTrigger.PanelMet, c);
    }

    /// <summary>Early help for as long as it lasts; with an early help hub, for as long as the hub's wait and episode last, ending as the hub says.</summary>
    public void StartEarlyHelp(Case c)
    {
        if (_earlyHelpHub is null)
        {
            _triggers.Schedule(_simulation.Now + SimDuration.FromDays(7 * _earlyHelpWeeks.Sample()), CaseTrigger.EarlyHelpEnded, c);
            return;
        }
        _earlyHelpHub.Refer(c.ChildId, ending =>
        {
            c.SteppedUpFromEarlyHelpHub = ending == EarlyHelp.EarlyHelpEnding.SteppedUp;
            _triggers.Schedule(_simulation.Now, CaseTrigger.EarlyHelpEnded, c);
        });
    }

    public void Close(Case c)
    {
        if (c.Worker is not null) JudgeEnding(c);
        Team.Release(c);
        double chance = c.EndedPrematurely ? _p.Return.ReturnProbabilityIfPremature : _p.Return.ReturnProbability;
        // Draw both numbers for every closure so the return stream stays aligned across scenarios.
        bool returns = _returns.NextDouble() < chance;
        double days = _daysToReturn.Sample();
        if (returns) _returning.ComeBackAfter(SimDuration.FromDays(days), c);
    }

    public void BecomeLookedAfter(Case c)
    {
        Team.Release(c);
        c.LookedAfterSince = _simulation.Now;
        LeaveCareAfter(c, _monthsLookedAfter.Sample());
    }

    /// <summary>Books the day the child leaves care, <paramref name="months"/> from now.</summary>
    public void LeaveCareAfter(Case c, double months) =>
        _triggers.Schedule(_simulation.Now + SimDuration.FromDays(months * 365.25 / 12), CaseTrigger.CareEnded, c);

    void IWorkOutcomes.Allocated(Case c)
    {
        c.AllocatedAt = _simulation.Now;
        // A child already on a plan at the start just joins the caseload; only a referral moves on when allocated.
        if (c.State != CaseState.AwaitingAllocation) return;
        _recorder.OnAllocated(c);
        _triggers.Schedule(_simulation.Now, CaseTrigger.Allocated, c);
    }

    /// <summary>An assessment under way alongside an enquiry or a plan is recorded; only one the case is waiting on moves it on.</summary>
    void IWorkOutcomes.AssessmentDone(Case c)
    {
        _recorder.OnAssessmentCompleted(c);
        if (c.State == CaseState.InAssessment) _triggers.Schedule(_simulation.Now, CaseTrigger.AssessmentCompleted, c);
    }
    void IWorkOutcomes.Visited(Case c, bool late) => _recorder.OnVisit(c, late);
    void IWorkOutcomes.UnallocatedChanged(int unallocated) => _recorder.OnUnallocatedChanged(unallocated);
    void IWorkOutcomes.EndOfWorkingDay(IReadOnlyList<SocialWorker> socialWorkers) => _recorder.OnEndOfWorkingDay(socialWorkers);

    /// <summary>A new plan starts now, with no reviews held and a visit due at once.</summary>
    private void BeginPlan(Case c)
    {
        c.PlanStartedAt = _simulation.Now;
        c.ReviewsHeld = 0;
        c.NextVisitDue = _simulation.Now;
        _recorder.OnPlanStarted(c);
    }

    private void JudgeEnding(Case c)
    {
        c.EndedPrematurely = _decisions.EndsPrematurely(c);
        _recorder.OnEnding(c);
    }
}
