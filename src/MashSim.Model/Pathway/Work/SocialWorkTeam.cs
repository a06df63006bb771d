using MashSim.Kernel;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Random;
using MathNet.Numerics.Distributions;
using MashSim.Kernel.Resources;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Parameters;

namespace MashSim.Model.Pathway.Work;

/// <summary>The case-holding workers, in locality teams: allocation within the team under a caseload cap, and how each working day's hours are spent.</summary>
/// <remarks>
/// A referral belongs to a locality (by the scenario's shares) and is allocated there: to the day's duty worker while
/// they are below the cap (with a duty rota), else to the least-loaded worker below the cap, else (the cap breached,
/// and counted) to the least-loaded worker below the ceiling; failing all, it waits unallocated in its locality until
/// someone there has room. Red goes to a worker at once, above the cap if need be, as duty work. So caseloads spread:
/// by locality (teams are sized to their share of referrals, but demand varies and a vacancy in a small team weighs
/// more), by the rota, and by turnover (003: over 30, the highest 34).
/// Workers leave at the scenario's yearly turnover; their cases pass to the least-loaded colleague in the same team and
/// role, and the post stays empty for a vacancy period unless agency cover fills it at once. Family support workers
/// hold child in need cases only, for every locality.
/// At the end of each working day every worker's hours go, in order, to the overhead of every case held, section 47
/// enquiries, child protection visits, assessments at the pace that keeps them in time (oldest first), then child in
/// need visits, then spare time to assessments (004 para 2-3: urgent work first; when the hours run out, children in
/// need wait). A visit due by day X is planned on a working day of its window (the last few working days up to X)
/// and made then if the day's hours allow, or on the next day that does: late only when the workload left no room.
/// </remarks>
internal sealed class SocialWorkTeam : IEventHandler
{
    private const double PressureSmoothing = 0.2;
    private const int WorkDayTag = 0;
    private const int LeaveTag = 1;
    private const int JoinTag = 2;

    private readonly Simulation _simulation;
    private readonly WorkingCalendar _calendar;
    private readonly PathwayParameters _parameters;
    private readonly TeamParameters _team;
    private readonly IWorkOutcomes _outcomes;
    private readonly Locality[] _localities;
    private readonly CaseloadIndex _familySupport = new();
    private readonly CategoricalChoice<int> _localityOf;
    private readonly System.Random _visitPlans;
    private readonly List<Case> _completedToday = [];
    private readonly List<Case> _assessmentsToday = [];
    private readonly List<Case> _protectionPlansToday = [];
    private readonly List<Case> _inNeedPlansToday = [];
    private readonly List<SocialWorker> _socialWorkers = [];
    private readonly Exponential? _yearsToLeaving;
    private readonly ISampler _vacancyWeeks;
    private int _nextWorkerId;
    private int _unallocated;
    private long _workingDay;

    public SocialWorkTeam(Simulation simulation, WorkingCalendar calendar, PathwayParameters parameters, IWorkOutcomes outcomes, RandomStreams streams)
    {
        _simulation = simulation;
        _calendar = calendar;
        _parameters = parameters;
        _team = parameters.Team;
        _outcomes = outcomes;
        _localities = Enumerable.Range(0, _team.Localities).Select(_ => new Locality()).ToArray();
        var shares = _team.LocalityShares ?? Enumerable.Repeat(1.0 / _team.Localities, _team.Localities).ToArray();
        _localityOf = new CategoricalChoice<int>(shares.Select((share, i) => new KeyValuePair<int, double>(i, share)), streams.Stream("pathway.locality"));
        _visitPlans = streams.Stream("pathway.visit.plan");
        if (_team.AnnualTurnover > 0) _yearsToLeaving = new Exponential(_team.AnnualTurnover, streams.Stream("pathway.turnover"));
        _vacancyWeeks = _team.VacancyWeeks.Sampler(streams.Stream("pathway.vacancy"));
        var posts = Posts(_team.SocialWorkers, shares);
        for (int i = 0; i < _team.SocialWorkers; i++) Join(WorkerRole.SocialWorker, posts[i]);
        for (int i = 0; i < _team.FamilySupportWorkers; i++) Join(WorkerRole.FamilySupportWorker, 0);
        _simulation.ScheduleAt(_calendar.NextClosing(simulation.Now), this, WorkDayTag);
    }

    public List<SocialWorker> Workers { get; } = [];

    /// <summary>Each post's locality: posts split in proportion to the localities' shares of referrals (largest remainders), handed out in turn.</summary>
    internal static int[] Posts(int workers, IReadOnlyList<double> shares)
    {
        var exact = shares.Select(s => s * workers).ToArray();
        var counts = exact.Select(x => (int)Math.Floor(x)).ToArray();
        foreach (int i in Enumerable.Range(0, shares.Count).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(workers - counts.Sum())) counts[i]++;
        // Every locality has at least one post, taken from the largest.
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0) continue;
            counts[Array.IndexOf(counts, counts.Max())]--;
            counts[i]++;
        }
        var posts = new List<int>(workers);
        var handed = new int[counts.Length];
        while (posts.Count < workers)
        {
            for (int i = 0; i < counts.Length; i++)
            {
                if (handed[i] == counts[i]) continue;
                handed[i]++;
                posts.Add(i);
            }
        }
        return [.. posts];
    }

    /// <summary>The case-holding social workers (not family support workers), in the order they joined.</summary>
    public IReadOnlyList<SocialWorker> SocialWorkers => _socialWorkers;

    public void RequestAllocation(Case c)
    {
        c.Locality ??= _localityOf.Next();
        var locality = _localities[c.Locality.Value];
        var worker = Choose(locality, c.IsRed);
        if (worker is null)
        {
            locality.Unallocated.Enqueue(c, (int)c.Rag);
            _outcomes.UnallocatedChanged(++_unallocated);
            return;
        }
        Allocate(c, worker);
    }

    /// <summary>The case leaves its worker's caseload (early help, closure, looked after); the freed place goes to the longest-waiting referral of the locality.</summary>
    public void Release(Case c)
    {
        if (c.Worker is not { } worker) return;
        Unassign(c);
        if (worker.Role == WorkerRole.SocialWorker) AllocateWaiting(_localities[worker.Locality]);
    }

    /// <summary>A child in need plan may pass to a family support worker below their cap (003, 004).</summary>
    public void OfferToFamilySupport(Case c)
    {
        if (c.Worker?.Role != WorkerRole.SocialWorker || _familySupport.LeastLoaded() is not { } worker || worker.Caseload >= _team.FamilySupportWorkerCaseloadCap) return;
        Release(c);
        Assign(c, worker);
    }

    /// <summary>Work only a social worker may do (a strategy discussion, an enquiry, a plan for protection) takes the case back from a family support worker.</summary>
    public void EnsureSocialWorker(Case c)
    {
        if (c.Worker?.Role != WorkerRole.FamilySupportWorker) return;
        var worker = AnySocialWorker(c.Locality ?? 0);
        Unassign(c);
        Assign(c, worker);
    }

    void IEventHandler.Handle(int tag, object? subject)
    {
        switch (tag)
        {
            case LeaveTag:
                Leave((SocialWorker)subject!);
                return;
            case JoinTag:
                var (role, locality) = ((WorkerRole, int))subject!;
                Join(role, locality);
                if (role == WorkerRole.SocialWorker) AllocateWaiting(_localities[locality]);
                return;
        }
        var now = _simulation.Now;
        foreach (var worker in Workers) WorkOneDay(worker, now);
        foreach (var c in _completedToday) _outcomes.AssessmentDone(c);
        _completedToday.Clear();
        _outcomes.EndOfWorkingDay(_socialWorkers);
        _workingDay++;
        _simulation.ScheduleAt(_calendar.NextClosing(now + new SimDuration(1)), this, WorkDayTag);
    }

    /// <summary>Who takes a referral in <paramref name="locality"/>: the duty worker, the least-loaded below the cap, below the ceiling, or (red) anyone.</summary>
    private SocialWorker? Choose(Locality locality, bool red)
    {
        if (_team.DutyRota && locality.Rota.Count > 0)
        {
            var duty = locality.Rota[(int)(_workingDay % locality.Rota.Count)];
            if (duty.Caseload < _team.CaseloadCap) return duty;
        }
        var least = locality.SocialWorkers.LeastLoaded();
        if (least is null) return null;
        return red || least.Caseload < _team.AllocationLimit ? least : null;
    }

    private void Allocate(Case c, SocialWorker worker)
    {
        bool aboveCap = worker.Caseload >= _team.CaseloadCap;
        Assign(c, worker);
        _outcomes.Allocated(c, aboveCap);
    }

    private void Assign(Case c, SocialWorker worker)
    {
        int before = worker.Caseload;
        worker.Cases.Add(c);
        IndexOf(worker)?.Moved(worker, before);
        c.Worker = worker;
        c.WorkersHeld.Add(worker.Id);
    }

    private void Unassign(Case c)
    {
        var worker = c.Worker!;
        int before = worker.Caseload;
        worker.Cases.Remove(c);
        IndexOf(worker)?.Moved(worker, before);
        c.Worker = null;
    }

    /// <summary>The caseload index the worker is filed in, or null for a worker who has left.</summary>
    private CaseloadIndex? IndexOf(SocialWorker worker) =>
        !worker.InPost ? null : worker.Role == WorkerRole.SocialWorker ? _localities[worker.Locality].SocialWorkers : _familySupport;

    private void AllocateWaiting(Locality locality)
    {
        while (locality.Unallocated.Count > 0 && locality.SocialWorkers.LeastLoaded() is { } worker && worker.Caseload < _team.AllocationLimit
               && locality.Unallocated.TryDequeue(out var waiting))
        {
            _outcomes.UnallocatedChanged(--_unallocated);
            Allocate(waiting, worker);
        }
    }

    /// <summary>The least-loaded social worker of the locality, or of the whole service if the locality has none in post.</summary>
    private SocialWorker AnySocialWorker(int locality) =>
        _localities[locality].SocialWorkers.LeastLoaded() ?? _localities.Select(l => l.SocialWorkers.LeastLoaded()).First(w => w is not null)!;

    private void Join(WorkerRole role, int locality)
    {
        var worker = new SocialWorker(_nextWorkerId++, role, locality) { InPost = true };
        Workers.Add(worker);
        if (role == WorkerRole.SocialWorker)
        {
            _socialWorkers.Add(worker);
            _localities[locality].SocialWorkers.Add(worker);
            _localities[locality].Rota.Add(worker);
        }
        else _familySupport.Add(worker);
        if (_yearsToLeaving is not null) _simulation.Schedule(SimDuration.FromDays(365 * _yearsToLeaving.Sample()), this, LeaveTag, worker);
    }

    /// <summary>A worker leaves: each of their cases passes to the least-loaded colleague (same team and role if there is one), and the post falls vacant.</summary>
    private void Leave(SocialWorker leaver)
    {
        if (leaver.Role == WorkerRole.SocialWorker)
        {
            _localities[leaver.Locality].SocialWorkers.Remove(leaver, leaver.Caseload);
            _localities[leaver.Locality].Rota.Remove(leaver);
            _socialWorkers.Remove(leaver);
        }
        else _familySupport.Remove(leaver, leaver.Caseload);
        Workers.Remove(leaver);
        leaver.InPost = false;
        foreach (var c in leaver.Cases)
        {
            c.Worker = null;
            var next = leaver.Role == WorkerRole.FamilySupportWorker ? _familySupport.LeastLoaded() : null;
            next ??= _socialWorkers.Count > 0 ? AnySocialWorker(c.Locality ?? leaver.Locality) : null;
            if (next is not null) Assign(c, next);
        }
        leaver.Cases.Clear();
        double weeks = _vacancyWeeks.Sample();
        _simulation.Schedule(_team.AgencyCover ? SimDuration.Zero : SimDuration.FromDays(7 * weeks), this, JoinTag, (leaver.Role, leaver.Locality));
    }

    private void WorkOneDay(SocialWorker worker, SimTime now)
    {
        double available = _team.CaseworkHoursPerWeek / 5;
        double hours = available;
        double demand = worker.Caseload * _team.OverheadHoursPerCasePerWeek / 5 + worker.MeetingHoursToday;
        hours -= demand;
        worker.MeetingHoursToday = 0;

        // One pass sorts the caseload into the day's kinds of work (in caseload order, which the visits keep); lists
        // reused for every worker and day, since this runs for every worker every working day.
        var today = DateOnly.FromDateTime(_calendar.ToDateTime(now));
        var protection = _protectionPlansToday;
        var inNeed = _inNeedPlansToday;
        var assessments = _assessmentsToday;
        protection.Clear();
        inNeed.Clear();
        assessments.Clear();
        foreach (var c in worker.Cases)
        {
            switch (c.State)
            {
                case CaseState.InSection47:
                    demand += c.Section47HoursPerDay;
                    hours -= c.Section47HoursPerDay;
                    break;
                case CaseState.OnChildProtectionPlan when VisitMayFallToday(c, today):
                    protection.Add(c);
                    break;
                case CaseState.OnChildInNeedPlan when VisitMayFallToday(c, today):
                    inNeed.Add(c);
                    break;
            }
            if (c.AssessmentUnderway) assessments.Add(c);
        }
        var cp = _parameters.ChildProtectionPlan;
        Visit(protection, cp.VisitHours, cp.VisitEveryWorkingDays, _team.ChildProtectionVisitWindowWorkingDays, now, today, ref hours, ref demand);

        // Oldest referral first (ties by case id, so the order is total and any sort gives it).
        if (assessments.Count > 1) assessments.Sort(OldestReferralFirst);
        // First the pace each assessment needs to finish in time (its remaining hours over the working days left)...
        foreach (var c in assessments)
        {
            // Spread over the days left before it is due (or before it can finish at all, if that is later).
            var spreadUntil = c.AssessmentEarliestDate > c.AssessmentDueDate ? c.AssessmentEarliestDate : c.AssessmentDueDate;
            double required = Activities.AssessmentPace.HoursToday(c.AssessmentHoursNeeded - c.AssessmentHoursDone, _calendar, today, spreadUntil);
            demand += required;
            Work(c, Math.Min(required, _parameters.Assessment.MaxHoursPerDay), ref hours);
        }
        var cin = _parameters.ChildInNeedPlan;
        Visit(inNeed, cin.VisitHours, cin.VisitEveryWorkingDays, _team.ChildInNeedVisitWindowWorkingDays, now, today, ref hours, ref demand);
        // ...then whatever time is left moves assessments on faster, up to what a day allows.
        foreach (var c in assessments) Work(c, _parameters.Assessment.MaxHoursPerDay - c.HoursToday, ref hours);
        foreach (var c in assessments)
        {
            c.HoursToday = 0;
            if (c.AssessmentHoursDone >= c.AssessmentHoursNeeded - 1e-9 && today >= c.AssessmentEarliestDate)
            {
                c.AssessmentCompletedAt = now;
                _completedToday.Add(c);
            }
        }

        worker.Pressure = (1 - PressureSmoothing) * worker.Pressure + PressureSmoothing * demand / available;
    }

    private static readonly Comparison<Case> OldestReferralFirst = (a, b) =>
        a.ReferredAt.Minutes != b.ReferredAt.Minutes ? a.ReferredAt.Minutes.CompareTo(b.ReferredAt.Minutes) : a.Id.CompareTo(b.Id);

    private static void Work(Case c, double upTo, ref double hours)
    {
        double given = Math.Max(0, Math.Min(Math.Min(upTo, c.AssessmentHoursNeeded - c.AssessmentHoursDone), hours));
        c.AssessmentHoursDone += given;
        c.HoursToday += given;
        hours -= given;
    }

    /// <summary>The day's visits to the children on one kind of plan: first those due today or overdue, then those planned for today or before but due later, while the hours last.</summary>
    private void Visit(List<Case> onPlan, double visitHours, int everyWorkingDays, int window, SimTime now, DateOnly today, ref double hours, ref double demand)
    {
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (var c in onPlan)
            {
                if (!c.VisitPlanned) PlanVisit(c, Math.Min(window, everyWorkingDays), today);
                // A visit is planned on or before its due day, so one planned for later is neither due nor planned today.
                if (c.VisitPlannedFor > today) continue;
                var due = DateOnly.FromDateTime(_calendar.ToDateTime(c.NextVisitDue));
                bool mustToday = due <= today;
                if (pass == 0 ? !mustToday : mustToday) continue;
                demand += visitHours;
                if (hours < visitHours) continue;
                hours -= visitHours;
                // Late only when made after the working day it was due by.
                _outcomes.Visited(c, late: _calendar.WorkingDaysBetween(due, today) > 0);
                c.NextVisitDue = _calendar.DeadlineAfterWorkingDays(now, everyWorkingDays);
            }
        }
    }

    /// <summary>
    /// False for a child whose next visit is already planned for a later day: <see cref="Visit"/> would pass them over
    /// untouched (no plan to make, nothing due or planned today), and most children on a plan are such on most days.
    /// </summary>
    private static bool VisitMayFallToday(Case c, DateOnly today) => !c.VisitPlanned || c.VisitPlannedFor <= today;

    /// <summary>Plans the visit due at <see cref="Case.NextVisitDue"/> on a working day drawn from the last <paramref name="window"/> working days up to it (not before today).</summary>
    private void PlanVisit(Case c, int window, DateOnly today)
    {
        var day = DateOnly.FromDateTime(_calendar.ToDateTime(c.NextVisitDue));
        for (int back = _visitPlans.Next(window); back > 0 && day > today; back--)
        {
            do day = day.AddDays(-1);
            while (!_calendar.IsWorkingDay(day));
        }
        c.VisitPlannedFor = day < today ? today : day;
        c.VisitPlanDue = c.NextVisitDue;
    }

    /// <summary>A locality team: its social workers by caseload, its duty rota, and its referrals waiting for a worker.</summary>
    private sealed class Locality
    {
        public CaseloadIndex SocialWorkers { get; } = new();
        public List<SocialWorker> Rota { get; } = [];
        public PriorityFifo<Case> Unallocated { get; } = new();
    }
}
