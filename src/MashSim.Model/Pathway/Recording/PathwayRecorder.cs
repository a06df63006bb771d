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
    private readonly List<double> _monthsLookedAfter = [];
    private readonly List<double> _cinPlanMonths = [];
    private readonly List<double> _dailyUnallocated = [], _dailyChildProtectionPlans = [], _dailyChildInNeedPlans = [], _dailyCaseloadMean = [], _dailyCaseloadMax = [];

    public TimeWeightedValue Unallocated { get; } = new();
    public TimeWeightedValue ChildProtectionPlans { get; } = new();
    public TimeWeightedValue ChildInNeedPlans { get; } = new();
    public TimeWeightedValue OpenCases { get; } = new();
    public TimeWeightedValue LookedAfterChildren { get; } = new();

    public int CasesOpened { get; private set; }

    /// <summary>Children already on plans when the run started: open, but never referred in this run.</summary>
    public int InitialCases { get; private set; }

    /// <summary>Cases not yet closed and children not yet out of care, early help and looked after included: what conservation checks against.</summary>
    public int OpenCasesIncludingEarlyHelp { get; private set; }
    public int CasesClosed { get; private set; }

    /// <summary>Children who ceased to be looked after (over the whole run).</summary>
    public int LeftCare { get; private set; }
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
    public int CinPlanStarts { get; private set; }

    /// <summary>Children who became looked after in the measured period, from a CP plan or directly.</summary>
    public int LookedAfterInWindow { get; private set; }
    public int LeftCareInWindow { get; private set; }

    /// <summary>The conversions along the chain, counted when each step happens in the measured period.</summary>
    public int ClosedWithoutAssessment { get; private set; }
    public int AssessmentsStarted { get; private set; }
    public int Section47Enquiries { get; private set; }
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

    /// <summary>Months in care of the children who left care in the measured period.</summary>
    public IReadOnlyList<double> MonthsLookedAfter => _monthsLookedAfter;
    public IReadOnlyList<double> CinPlanMonths => _cinPlanMonths;

    private bool InWindow => simulation.Now >= warmupEnd && simulation.Now < horizon;

    public void ResetStocks(SimTime now)
    {
        Unallocated.Reset(now);
        ChildProtectionPlans.Reset(now);
        ChildInNeedPlans.Reset(now);
        OpenCases.Reset(now);
        LookedAfterChildren.Reset(now);
    }

    public void OnReferral(Case c)
    {
        CasesOpened++;
        OpenCasesIncludingEarlyHelp++;
        OpenCases.Set(simulation.Now, OpenCases.Current + 1);
        if (InWindow) Referrals++;
    }

    /// <summary>A child already on a plan or looked after at time zero: on its stock.</summary>
    public void OnInitialCase(Case c)
    {
        var now = simulation.Now;
        InitialCases++;
        OpenCasesIncludingEarlyHelp++;
        if (IsSocialCare(c.State)) OpenCases.Set(now, OpenCases.Current + 1);
        var stock = c.State switch
        {
            CaseState.OnChildProtectionPlan => ChildProtectionPlans,
            CaseState.OnChildInNeedPlan => ChildInNeedPlans,
            _ => LookedAfterChildren,
        };
        stock.Set(now, stock.Current + 1);
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

    public void OnAssessmentStarted(Case c)
    {
        if (InWindow) AssessmentsStarted++;
    }

    /// <summary>An assessment is in time when completed within the timescale in working days of the referral.</summary>
    public void OnAssessmentCompleted(Case c)
    {
        if (!InWindow) return;
        int days = StatutoryTimescales.WorkingDaysFrom(calendar, c.ReferredAt, simulation.Now);
        _assessmentWorkingDays.Add(days);
        durations.Add(Duration.ReferralToAssessment, days);
        if (days <= parameters.Assessment.TimescaleWorkingDays) AssessmentsInTime++;
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
        if (!InWindow) return;
        if (c.State == CaseState.OnChildProtectionPlan) CpPlanStarts++;
        else CinPlanStarts++;
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
            _cinPlanMonths.Add(months);
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
        long total = 0;
        int max = 0;
        foreach (var worker in workers)
        {
            total += worker.Caseload;
            max = Math.Max(max, worker.Caseload);
        }
        _dailyCaseloadMean.Add(workers.Count > 0 ? (double)total / workers.Count : double.NaN);
        _dailyCaseloadMax.Add(workers.Count > 0 ? max : double.NaN);
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
        if (from == to) return;
        Adjust(ChildProtectionPlans, from, to, CaseState.OnChildProtectionPlan, now);
        Adjust(ChildInNeedPlans, from, to, CaseState.OnChildInNeedPlan, now);
        Adjust(LookedAfterChildren, from, to, CaseState.LookedAfter, now);
        if (InWindow)
        {
            if (from == CaseState.Referred && to == CaseState.Closed) ClosedWithoutAssessment++;
            if (to == CaseState.InSection47) Section47Enquiries++;
            if (to == CaseState.LookedAfter) LookedAfterInWindow++;
        }
        // Early help is outside children's social care: a case stepped down stops counting as open until it comes back.
        if (IsSocialCare(from) && !IsSocialCare(to)) OpenCases.Set(now, OpenCases.Current - 1);
        if (!IsSocialCare(from) && IsSocialCare(to)) OpenCases.Set(now, OpenCases.Current + 1);
        // A case's workers are counted when it leaves the team: closed, or looked after (a separate team holds looked-after children).
        if (to is CaseState.Closed or CaseState.LookedAfter && InWindow && c.WorkersHeld.Count > 0) _workersPerEndedCase.Add(c.WorkersHeld.Count);
        if (to is CaseState.Closed or CaseState.LeftCare)
        {
            OpenCasesIncludingEarlyHelp--;
            if (to == CaseState.Closed) CasesClosed++;
            else
            {
                LeftCare++;
                if (InWindow)
                {
                    LeftCareInWindow++;
                    _monthsLookedAfter.Add((now - c.LookedAfterSince).Days / (365.25 / 12));
                }
            }
        }
    }

    /// <summary>States in which the child is open to the modelled social work teams (not early help, not looked after, not gone).</summary>
    public static bool IsSocialCare(CaseState state) =>
        state is not (CaseState.AwaitingEarlyHelpPanel or CaseState.InEarlyHelp or CaseState.LookedAfter or CaseState.Closed or CaseState.LeftCare);

    private static void Adjust(TimeWeightedValue stock, CaseState from, CaseState to, CaseState state, SimTime now)
    {
        if (to == state) stock.Set(now, stock.Current + 1);
        if (from == state) stock.Set(now, stock.Current - 1);
    }
}
