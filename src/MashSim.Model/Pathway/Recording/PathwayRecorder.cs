using MashSim.Model.Runs;
using MashSim.Kernel;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Statistics;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Parameters;
using MashSim.Model.Pathway.Work;
using MashSim.Model.Pathway.Workflows;
using MashSim.Model.Recording.Distributions;

namespace MashSim.Model.Pathway.Recording;

/// <summary>Tallies the pathway's outcomes over the measured period: allocation, timeliness, plans, caseloads, visits, returns.</summary>
/// <remarks>Events count when they happen between the warm-up and the horizon; stocks (plans, unallocated) are time-weighted over the same window.</remarks>
internal sealed class PathwayRecorder(Simulation simulation, WorkingCalendar calendar, PathwayParameters parameters, SimTime warmupEnd, SimTime horizon,
    MashSim.Model.Recording.Distributions.DurationRecorder durations)
    : ICaseObserver
{
    private readonly List<double> _assessmentWorkingDays = [];
    private readonly List<double> _cpPlanMonths = [];
    private readonly List<double> _workersPerEndedCase = [];
    private readonly List<double> _dailyUnallocated = [], _dailyChildProtectionPlans = [], _dailyChildInNeedPlans = [], _dailyCaseloadMean = [], _dailyCaseloadMax = [];

    public TimeWeightedValue Unallocated { get; } = new();
    public TimeWeightedValue ChildProtectionPlans { get; } = new();
    public TimeWeightedValue ChildInNeedPlans { get; } = new();
    public TimeWeightedValue OpenCases { get; } = new();

    public int CasesOpened { get; private set; }

    /// <summary>Children already on plans when the run started: open, but never referred in this run.</summary>
    public int InitialCases { get; private set; }

    /// <summary>Cases neither closed nor looked after, early help included: what conservation checks against.</summary>
    public int OpenCasesIncludingEarlyHelp { get; private set; }
    public int CasesClosed { get; private set; }
    public int LookedAfter { get; private set; }
    public int Referrals { get; private set; }
    public int AllocationsAboveCap { get; private set; }

    /// <summary>Social workers' caseloads at the end of each working day: how many worker-days had each caseload.</summary>
    public CaseloadHistogram Caseloads { get; } = new();
    public double AllocationDaysSum { get; private set; }
    public int Allocations { get; private set; }
    public int AssessmentsInTime { get; private set; }
    public int StrategyDiscussions { get; private set; }
    public int StrategyDiscussionsInTime { get; private set; }
    public int InitialConferences { get; private set; }
    public int InitialConferencesInTime { get; private set; }
    public int CpPlanStarts { get; private set; }
    public int LookedAfterInWindow { get; private set; }
    public int CpVisits { get; private set; }
    public int CpVisitsLate { get; private set; }
    public int CinVisits { get; private set; }
    public int CinVisitsLate { get; private set; }
    public int Endings { get; private set; }
    public int PrematureEndings { get; private set; }
    public int CinPlansEnded { get; private set; }
    public int CinPlansDrifted { get; private set; }
    public IReadOnlyList<double> AssessmentWorkingDays => _assessmentWorkingDays;
    public IReadOnlyList<double> CpPlanMonths => _cpPlanMonths;
    public IReadOnlyList<double> WorkersPerEndedCase => _workersPerEndedCase;

    private bool InWindow => simulation.Now >= warmupEnd && simulation.Now < horizon;

    public void ResetStocks(SimTime now)
    {
        Unallocated.Reset(now);
        ChildProtectionPlans.Reset(now);
        ChildInNeedPlans.Reset(now);
        OpenCases.Reset(now);
    }

    public void OnReferral(Case c)
    {
        CasesOpened++;
        OpenCasesIncludingEarlyHelp++;
        OpenCases.Set(simulation.Now, OpenCases.Current + 1);
        if (InWindow) Referrals++;
    }

    /// <summary>A child already on a plan at time zero: open and on the plan's stock.</summary>
    public void OnInitialCase(Case c)
    {
        var now = simulation.Now;
        InitialCases++;
        OpenCasesIncludingEarlyHelp++;
        OpenCases.Set(now, OpenCases.Current + 1);
        var plans = c.State == CaseState.OnChildProtectionPlan ? ChildProtectionPlans : ChildInNeedPlans;
        plans.Set(now, plans.Current + 1);
    }

    public void OnAllocated(Case c, bool aboveCap)
    {
        if (!InWindow) return;
        Allocations++;
        if (aboveCap) AllocationsAboveCap++;
        double days = (simulation.Now - c.ReferredAt).Days;
        AllocationDaysSum += days;
        durations.Add(Duration.ReferralToAllocation, days);
    }

    public void OnUnallocatedChanged(int unallocated) => Unallocated.Set(simulation.Now, unallocated);

    public void OnStrategyDiscussion(Case c)
    {
        if (!InWindow) return;
        StrategyDiscussions++;
        if (c.StrategyHeldAt <= calendar.DeadlineAfterWorkingDays(c.StrategyRequestedAt, parameters.StrategyDiscussion.TargetWorkingDays)) StrategyDiscussionsInTime++;
    }

    /// <summary>An initial conference is in time when it falls within 15 working days of the strategy discussion, counted in whole working days (day 16 is late).</summary>
    public void OnInitialConference(Case c)
    {
        if (!InWindow) return;
        InitialConferences++;
        durations.Add(Duration.StrategyToConference, StatutoryTimescales.WorkingDaysFrom(calendar, c.StrategyHeldAt!.Value, simulation.Now));
        if (StatutoryTimescales.InitialConferenceInTime(calendar, c.StrategyHeldAt!.Value, simulation.Now, parameters.Conferences.InitialTimescaleWorkingDays)) InitialConferencesInTime++;
    }

    public void OnPlanStarted(Case c)
    {
        if (c.State == CaseState.OnChildProtectionPlan && InWindow) CpPlanStarts++;
    }

    public void OnPlanEnded(Case c)
    {
        double months = (simulation.Now - c.PlanStartedAt).Days / (365.25 / 12);
        if (!InWindow) return;
        if (c.State == CaseState.OnChildProtectionPlan)
        {
            _cpPlanMonths.Add(months);
            durations.Add(Duration.ChildProtectionPlanLength, months);
        }
        else
        {
            durations.Add(Duration.ChildInNeedPlanLength, months);
            CinPlansEnded++;
            if (months > parameters.ChildInNeedPlan.DriftMonths) CinPlansDrifted++;
        }
    }

    public void OnVisit(Case c, bool late)
    {
        if (!InWindow) return;
        if (c.State == CaseState.OnChildProtectionPlan)
        {
            CpVisits++;
            if (late) CpVisitsLate++;
        }
        else
        {
            CinVisits++;
            if (late) CinVisitsLate++;
        }
    }

    public void OnEnding(Case c)
    {
        if (!InWindow) return;
        Endings++;
        if (c.EndedPrematurely) PrematureEndings++;
    }

    public void OnEndOfWorkingDay(IReadOnlyList<SocialWorker> workers)
    {
        if (!InWindow) return;
        foreach (var worker in workers) Caseloads.Add(worker.Caseload);
    }

    /// <summary>Takes the day's values of the stocks followed over time (called once a day, at the same hour, through the measured period).</summary>
    public void SampleDay(IReadOnlyList<SocialWorker> workers)
    {
        _dailyUnallocated.Add(Unallocated.Current);
        _dailyChildProtectionPlans.Add(ChildProtectionPlans.Current);
        _dailyChildInNeedPlans.Add(ChildInNeedPlans.Current);
        _dailyCaseloadMean.Add(workers.Count > 0 ? workers.Average(w => w.Caseload) : double.NaN);
        _dailyCaseloadMax.Add(workers.Count > 0 ? workers.Max(w => w.Caseload) : double.NaN);
    }

    public IEnumerable<Runs.DailySeries> DailySeries() =>
    [
        new(DailyMeasure.Unallocated, _dailyUnallocated.ToArray()), new(DailyMeasure.ChildProtectionPlans, _dailyChildProtectionPlans.ToArray()),
        new(DailyMeasure.ChildInNeedPlans, _dailyChildInNeedPlans.ToArray()), new(DailyMeasure.CaseloadMean, _dailyCaseloadMean.ToArray()),
        new(DailyMeasure.CaseloadMax, _dailyCaseloadMax.ToArray()),
    ];

    public void OnTransition(Case c, CaseState from, CaseState to, CaseTrigger trigger)
    {
        var now = simulation.Now;
        if (from == CaseState.InAssessment && InWindow)
        {
            int days = StatutoryTimescales.WorkingDaysFrom(calendar, c.ReferredAt, now);
            _assessmentWorkingDays.Add(days);
            durations.Add(Duration.ReferralToAssessment, days);
            if (days <= parameters.Assessment.TimescaleWorkingDays) AssessmentsInTime++;
        }
        if (from == to) return;
        Adjust(ChildProtectionPlans, from, to, CaseState.OnChildProtectionPlan, now);
        Adjust(ChildInNeedPlans, from, to, CaseState.OnChildInNeedPlan, now);
        // Early help is outside children's social care: a case stepped down stops counting as open until it comes back.
        if (IsSocialCare(from) && !IsSocialCare(to)) OpenCases.Set(now, OpenCases.Current - 1);
        if (!IsSocialCare(from) && IsSocialCare(to)) OpenCases.Set(now, OpenCases.Current + 1);
        if (to is CaseState.Closed or CaseState.LookedAfter)
        {
            if (InWindow && c.WorkersHeld.Count > 0) _workersPerEndedCase.Add(c.WorkersHeld.Count);
            OpenCasesIncludingEarlyHelp--;
            if (to == CaseState.Closed) CasesClosed++;
            else
            {
                LookedAfter++;
                if (InWindow) LookedAfterInWindow++;
            }
        }
    }

    /// <summary>States in which the child is open to children's social care (not early help, not gone).</summary>
    public static bool IsSocialCare(CaseState state) =>
        state is not (CaseState.AwaitingEarlyHelpPanel or CaseState.InEarlyHelp or CaseState.Closed or CaseState.LookedAfter);

    private static void Adjust(TimeWeightedValue stock, CaseState from, CaseState to, CaseState state, SimTime now)
    {
        if (to == state) stock.Set(now, stock.Current + 1);
        if (from == state) stock.Set(now, stock.Current - 1);
    }
}
