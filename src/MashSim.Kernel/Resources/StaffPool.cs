using MashSim.Kernel.Calendar;

namespace MashSim.Kernel.Resources;

/// <summary>A team of interchangeable workers of one role: a capacity, office hours and a priority queue of work.</summary>
/// <remarks>
/// Lower priority values are served first (red 0, amber 1, green 2), first come first served within a priority.
/// Work is only started while the team is open; work in hand when it closes pauses and resumes at the next
/// opening, which callers get by asking <see cref="CompletionAfter"/> for the finishing time. The pool keeps no
/// statistics: an <see cref="IStaffPoolObserver"/> hears each change and keeps what it needs.
/// </remarks>
public sealed class StaffPool : IEventHandler
{
    private const int OpenTag = 1;
    private const int CloseTag = 2;

    private readonly Simulation _simulation;
    private readonly PriorityFifo<WaitingRequest> _queue = new();
    private readonly IStaffPoolObserver? _observer;

    /// <summary>A team of <paramref name="capacity"/> workers keeping <paramref name="calendar"/>'s hours; <paramref name="observer"/> (if any) hears every request queued, grant, release, opening and closing.</summary>
    public StaffPool(Simulation simulation, string name, int capacity, WorkingCalendar calendar, IStaffPoolObserver? observer = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _simulation = simulation;
        Name = name;
        Capacity = capacity;
        Calendar = calendar;
        IsOpen = calendar.IsOpen(simulation.Now);
        _observer = observer;
        if (!calendar.Hours.IsAlwaysOpen) ScheduleNextToggle();
    }

    public string Name { get; }
    public int Capacity { get; }
    public int Busy { get; private set; }
    public int Waiting => _queue.Count;
    public bool IsOpen { get; private set; }
    public WorkingCalendar Calendar { get; }

    /// <summary>Asks for a worker; the client hears through <see cref="IStaffPoolClient.OnGranted"/>, now or later.</summary>
    public void Request(IStaffPoolClient client, object subject, int priority)
    {
        var now = _simulation.Now;
        if (IsOpen && Busy < Capacity && _queue.Count == 0)
        {
            Grant(new WaitingRequest(client, subject, now, priority), now);
            return;
        }
        _queue.Enqueue(new WaitingRequest(client, subject, now, priority), priority);
        _observer?.OnQueued(this, now);
    }

    /// <summary>A worker finishes a piece of work and takes the next waiting request, if any.</summary>
    public void Release()
    {
        if (Busy == 0) throw new InvalidOperationException($"Staff pool '{Name}' released with no worker busy.");
        _observer?.OnReleasing(this, _simulation.Now);
        Busy--;
        GrantWaiting();
    }

    /// <summary>When <paramref name="workMinutes"/> of this team's working time, started now, will be done.</summary>
    public SimTime CompletionAfter(double workMinutes) => Calendar.AddWorkingMinutes(_simulation.Now, workMinutes);

    void IEventHandler.Handle(int tag, object? subject)
    {
        _observer?.OnCapacityChanging(this, _simulation.Now);
        IsOpen = tag == OpenTag;
        ScheduleNextToggle();
        GrantWaiting();
    }

    private void GrantWaiting()
    {
        if (!IsOpen) return;
        var now = _simulation.Now;
        while (Busy < Capacity && _queue.TryDequeue(out var request)) Grant(request, now);
    }

    private void Grant(WaitingRequest request, SimTime now)
    {
        var waited = now - request.RequestedAt;
        _observer?.OnGranting(this, now, waited, request.Priority);
        Busy++;
        request.Client.OnGranted(this, request.Subject, waited);
    }

    private void ScheduleNextToggle()
    {
        var now = _simulation.Now;
        // Opening and closing run before other events at the same instant (priority -1), so a contact
        // arriving at 09:00 finds the team open and one arriving at 17:00 finds it closed.
        if (IsOpen)
        {
            var closes = Calendar.NextClosing(now);
            if (closes < SimTime.MaxValue) _simulation.ScheduleAt(closes, this, CloseTag, null, priority: -1);
        }
        else
        {
            _simulation.ScheduleAt(Calendar.NextOpening(now), this, OpenTag, null, priority: -1);
        }
    }

    private readonly record struct WaitingRequest(IStaffPoolClient Client, object Subject, SimTime RequestedAt, int Priority);
}
