using MashSim.Kernel;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Resources;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Parameters;

namespace MashSim.Model.Pathway.Work;

/// <summary>The case-holding social workers: allocation under a caseload cap, and how each working day's hours are spent.</summary>
/// <remarks>
/// A referral goes to the least-loaded worker below the cap; when all are at the cap it waits, unallocated (red goes
/// to the least-loaded worker at once, as duty). At the end of each working day every worker's hours go, in order,
/// to the overhead of every case held, section 47 enquiries, child protection visits that are due, assessments
/// at the pace that keeps them in time (oldest first), then child in need visits, then spare time to assessments
/// (004 para 2-3: urgent work first; when the hours run out, children in need wait).
/// </remarks>
internal sealed class SocialWorkTeam : IEventHandler
{
    private const double PressureSmoothing = 0.2;

    private readonly Simulation _simulation;
    private readonly WorkingCalendar _calendar;
    private readonly PathwayParameters _parameters;
    private readonly IWorkOutcomes _outcomes;
    private readonly PriorityFifo<Case> _unallocated = new();
    private readonly List<Case> _completedToday = [];

    public SocialWorkTeam(Simulation simulation, WorkingCalendar calendar, PathwayParameters parameters, IWorkOutcomes outcomes)
    {
        _simulation = simulation;
        _calendar = calendar;
        _parameters = parameters;
        _outcomes = outcomes;
        Workers = Enumerable.Range(0, parameters.Team.SocialWorkers).Select(i => new SocialWorker(i)).ToList();
        _simulation.ScheduleAt(_calendar.NextClosing(simulation.Now), this);
    }

    public List<SocialWorker> Workers { get; }
    public int Unallocated => _unallocated.Count;

    public void RequestAllocation(Case c)
    {
        var worker = c.IsRed ? LeastLoaded(ignoreCap: true) : LeastLoaded(ignoreCap: false);
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
        while (_unallocated.Count > 0 && LeastLoaded(ignoreCap: false) is { } worker && _unallocated.TryDequeue(out var waiting))
        {
            _outcomes.UnallocatedChanged(_unallocated.Count);
            Allocate(waiting, worker);
        }
    }

    void IEventHandler.Handle(int tag, object? subject)
    {
        var now = _simulation.Now;
        foreach (var worker in Workers) WorkOneDay(worker, now);
        foreach (var c in _completedToday) _outcomes.AssessmentDone(c);
        _completedToday.Clear();
        _outcomes.EndOfWorkingDay(Workers);
        _simulation.ScheduleAt(_calendar.NextClosing(now + new SimDuration(1)), this);
    }

    private void Allocate(Case c, SocialWorker worker)
    {
        worker.Cases.Add(c);
        c.Worker = worker;
        _outcomes.Allocated(c);
    }

    private SocialWorker? LeastLoaded(bool ignoreCap)
    {
        SocialWorker? best = null;
        foreach (var worker in Workers)
        {
            if (!ignoreCap && worker.Caseload >= _parameters.Team.CaseloadCap) continue;
            if (best is null || worker.Caseload < best.Caseload) best = worker;
        }
        return best;
    }

    private void WorkOneDay(SocialWorker worker, SimTime now)
    {
        var team = _parameters.Team;
        double available = team.CaseworkHoursPerWeek / 5;
        double hours = available;
        double demand = worker.Caseload * team.OverheadHoursPerCasePerWeek / 5;
        hours -= demand;

        foreach (var c in worker.Cases)
        {
            if (c.State != CaseState.InSection47) continue;
            demand += c.Section47HoursPerDay;
            hours -= c.Section47HoursPerDay;
        }
        Visit(worker, CaseState.OnChildProtectionPlan, _parameters.ChildProtectionPlan.VisitHours, _parameters.ChildProtectionPlan.VisitEveryWorkingDays, now, ref hours, ref demand);

        var today = DateOnly.FromDateTime(_calendar.ToDateTime(now));
        var assessments = worker.Cases.Where(c => c.State == CaseState.InAssessment && c.AssessmentCompletedAt is null)
            .OrderBy(c => c.ReferredAt.Minutes).ThenBy(c => c.Id).ToList();
        // First the pace each assessment needs to finish in time (its remaining hours over the working days left)...
        foreach (var c in assessments)
        {
            double required = (c.AssessmentHoursNeeded - c.AssessmentHoursDone) / Math.Max(1, _calendar.WorkingDaysBetween(today, c.AssessmentDueDate));
            demand += required;
            Work(c, Math.Min(required, _parameters.Assessment.MaxHoursPerDay), ref hours);
        }
        Visit(worker, CaseState.OnChildInNeedPlan, _parameters.ChildInNeedPlan.VisitHours, _parameters.ChildInNeedPlan.VisitEveryWorkingDays, now, ref hours, ref demand);
        // ...then whatever time is left moves assessments on faster, up to what a day allows.
        foreach (var c in assessments) Work(c, _parameters.Assessment.MaxHoursPerDay - c.HoursToday, ref hours);
        foreach (var c in assessments)
        {
            c.HoursToday = 0;
            if (c.AssessmentHoursDone >= c.AssessmentHoursNeeded - 1e-9)
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
