using MashSim.Kernel;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Random;
using MathNet.Numerics.Distributions;
using MashSim.Kernel.Resources;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Parameters;

namespace MashSim.Model.Pathway.Work;

/// <summary>The case-holding social workers: allocation under a caseload cap, and how each working day's hours are spent.</summary>
/// <remarks>
/// Workers leave at the scenario's yearly turnover; their cases pass to the least-loaded colleague in the same role
/// and the post stays empty for a vacancy period unless agency cover fills it at once, so a child can have several
/// workers in a year (003). Family support workers hold child in need cases only.
/// A referral goes to the least-loaded worker below the cap; when all are at the cap it waits, unallocated (red goes
/// to the least-loaded worker at once, as duty). At the end of each working day every worker's hours go, in order,
/// to the overhead of every case held, section 47 enquiries, child protection visits that are due, assessments
/// at the pace that keeps them in time (oldest first), then child in need visits, then spare time to assessments
/// (004 para 2-3: urgent work first; when the hours run out, children in need wait).
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
    private readonly IWorkOutcomes _outcomes;
    private readonly PriorityFifo<Case> _unallocated = new();
    private readonly List<Case> _completedToday = [];
    private readonly Exponential? _yearsToLeaving;
    private readonly ISampler _vacancyWeeks;
    private int _nextWorkerId;

    public SocialWorkTeam(Simulation simulation, WorkingCalendar calendar, PathwayParameters parameters, IWorkOutcomes outcomes, RandomStreams streams)
    {
        _simulation = simulation;
        _calendar = calendar;
        _parameters = parameters;
        _outcomes = outcomes;
        if (parameters.Team.AnnualTurnover > 0) _yearsToLeaving = new Exponential(parameters.Team.AnnualTurnover, streams.Stream("pathway.turnover"));
        _vacancyWeeks = parameters.Team.VacancyWeeks.Sampler(streams.Stream("pathway.vacancy"));
        for (int i = 0; i < parameters.Team.SocialWorkers; i++) Join(WorkerRole.SocialWorker);
        for (int i = 0; i < parameters.Team.FamilySupportWorkers; i++) Join(WorkerRole.FamilySupportWorker);
        _simulation.ScheduleAt(_calendar.NextClosing(simulation.Now), this, WorkDayTag);
    }

    public List<SocialWorker> Workers { get; } = [];
    public IEnumerable<SocialWorker> SocialWorkers => Workers.Where(w => w.Role == WorkerRole.SocialWorker);

    public void RequestAllocation(Case c)
    {
        var worker = LeastLoaded(WorkerRole.SocialWorker, ignoreCap: c.IsRed);
        if (worker is null)
        {
            _unallocated.Enqueue(c, (int)c.Rag);
            _outcomes.UnallocatedChanged(_unallocated.Count);
            return;
        }
        Allocate(c, worker);
    }

    /// <summary>The case leaves its worker's caseload (early help, closure, looked after); the freed place goes to the longest-waiting referral.</summary>
    public void Release(Case c)
    {
        if (c.Worker is null) return;
        c.Worker.Cases.Remove(c);
        c.Worker = null;
        AllocateWaiting();
    }

    /// <summary>A child in need plan may pass to a family support worker below their cap (003, 004).</summary>
    public void OfferToFamilySupport(Case c)
    {
        if (c.Worker?.Role != WorkerRole.SocialWorker || LeastLoaded(WorkerRole.FamilySupportWorker, ignoreCap: false) is not { } worker) return;
        Release(c);
        Assign(c, worker);
    }

    /// <summary>Work only a social worker may do (a strategy discussion, an enquiry, a plan for protection) takes the case back from a family support worker.</summary>
    public void EnsureSocialWorker(Case c)
    {
        if (c.Worker?.Role != WorkerRole.FamilySupportWorker) return;
        var worker = LeastLoaded(WorkerRole.SocialWorker, ignoreCap: true)!;
        Release(c);
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
                Join((WorkerRole)subject!);
                AllocateWaiting();
                return;
        }
        var now = _simulation.Now;
        foreach (var worker in Workers) WorkOneDay(worker, now);
        foreach (var c in _completedToday) _outcomes.AssessmentDone(c);
        _completedToday.Clear();
        _outcomes.EndOfWorkingDay(SocialWorkers.ToList());
        _simulation.ScheduleAt(_calendar.NextClosing(now + new SimDuration(1)), this, WorkDayTag);
    }

    private void Allocate(Case c, SocialWorker worker)
    {
        Assign(c, worker);
        _outcomes.Allocated(c);
    }

    private static void Assign(Case c, SocialWorker worker)
    {
        worker.Cases.Add(c);
        c.Worker = worker;
        c.WorkersHeld.Add(worker.Id);
    }

    private void AllocateWaiting()
    {
        while (_unallocated.Count > 0 && LeastLoaded(WorkerRole.SocialWorker, ignoreCap: false) is { } worker && _unallocated.TryDequeue(out var waiting))
        {
            _outcomes.UnallocatedChanged(_unallocated.Count);
            Allocate(waiting, worker);
        }
    }

    private void Join(WorkerRole role)
    {
        var worker = new SocialWorker(_nextWorkerId++, role);
        Workers.Add(worker);
        if (_yearsToLeaving is not null) _simulation.Schedule(SimDuration.FromDays(365 * _yearsToLeaving.Sample()), this, LeaveTag, worker);
    }

    /// <summary>A worker leaves: each of their cases passes to the least-loaded colleague (in the same role if there is one), and the post falls vacant.</summary>
    private void Leave(SocialWorker leaver)
    {
        Workers.Remove(leaver);
        foreach (var c in leaver.Cases.ToArray())
        {
            leaver.Cases.Remove(c);
            c.Worker = null;
            var next = LeastLoaded(leaver.Role, ignoreCap: true) ?? LeastLoaded(WorkerRole.SocialWorker, ignoreCap: true);
            if (next is not null) Assign(c, next);
        }
        double weeks = _vacancyWeeks.Sample();
        _simulation.Schedule(_parameters.Team.AgencyCover ? SimDuration.Zero : SimDuration.FromDays(7 * weeks), this, JoinTag, leaver.Role);
    }

    private SocialWorker? LeastLoaded(WorkerRole role, bool ignoreCap)
    {
        int cap = role == WorkerRole.SocialWorker ? _parameters.Team.CaseloadCap : _parameters.Team.FamilySupportWorkerCaseloadCap;
        SocialWorker? best = null;
        foreach (var worker in Workers)
        {
            if (worker.Role != role || (!ignoreCap && worker.Caseload >= cap)) continue;
            if (best is null || worker.Caseload < best.Caseload) best = worker;
        }
        return best;
    }

    private void WorkOneDay(SocialWorker worker, SimTime now)
    {
        var team = _parameters.Team;
        double available = team.CaseworkHoursPerWeek / 5;
        double hours = available;
        double demand = worker.Caseload * team.OverheadHoursPerCasePerWeek / 5 + worker.MeetingHoursToday;
        hours -= demand;
        worker.MeetingHoursToday = 0;

        foreach (var c in worker.Cases)
        {
            if (c.State != CaseState.InSection47) continue;
            demand += c.Section47HoursPerDay;
            hours -= c.Section47HoursPerDay;
        }
        Visit(worker, CaseState.OnChildProtectionPlan, _parameters.ChildProtectionPlan.VisitHours, _parameters.ChildProtectionPlan.VisitEveryWorkingDays, now, ref hours, ref demand);

        var today = DateOnly.FromDateTime(_calendar.ToDateTime(now));
        var assessments = worker.Cases.Where(c => c.AssessmentUnderway)
            .OrderBy(c => c.ReferredAt.Minutes).ThenBy(c => c.Id).ToList();
        // First the pace each assessment needs to finish in time (its remaining hours over the working days left)...
        foreach (var c in assessments)
        {
            // Spread over the days left before it is due (or before it can finish at all, if that is later).
            var spreadUntil = c.AssessmentEarliestDate > c.AssessmentDueDate ? c.AssessmentEarliestDate : c.AssessmentDueDate;
            double required = Activities.AssessmentPace.HoursToday(c.AssessmentHoursNeeded - c.AssessmentHoursDone, _calendar, today, spreadUntil);
            demand += required;
            Work(c, Math.Min(required, _parameters.Assessment.MaxHoursPerDay), ref hours);
        }
        Visit(worker, CaseState.OnChildInNeedPlan, _parameters.ChildInNeedPlan.VisitHours, _parameters.ChildInNeedPlan.VisitEveryWorkingDays, now, ref hours, ref demand);
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

    private static void Work(Case c, double upTo, ref double hours)
    {
        double given = Math.Max(0, Math.Min(Math.Min(upTo, c.AssessmentHoursNeeded - c.AssessmentHoursDone), hours));
        c.AssessmentHoursDone += given;
        c.HoursToday += given;
        hours -= given;
    }

    private void Visit(SocialWorker worker, CaseState plan, double visitHours, int everyWorkingDays, SimTime now, ref double hours, ref double demand)
    {
        foreach (var c in worker.Cases)
        {
            if (c.State != plan || c.NextVisitDue > now) continue;
            demand += visitHours;
            if (hours < visitHours) continue;
            hours -= visitHours;
            // A visit counts as late when it was due on an earlier working day than today's.
            bool late = _calendar.WorkingDaysBetween(DateOnly.FromDateTime(_calendar.ToDateTime(c.NextVisitDue)), DateOnly.FromDateTime(_calendar.ToDateTime(now))) > 0;
            _outcomes.Visited(c, late);
            c.NextVisitDue = _calendar.DeadlineAfterWorkingDays(now, everyWorkingDays);
        }
    }
}
