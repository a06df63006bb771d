namespace MashSim.Kernel;

/// <summary>A discrete-event simulation: a clock and a future-event list (the agenda).</summary>
public sealed class Simulation
{
    private readonly EventHeap<ScheduledEvent> _agenda = new();
    private long _sequence;

    public SimTime Now { get; private set; }

    /// <summary>Events handled so far, for throughput figures.</summary>
    public long EventsHandled { get; private set; }

    public int PendingEvents => _agenda.Count;

    /// <summary>The time of the next event, or null when the agenda is empty.</summary>
    public SimTime? NextEventTime => _agenda.TryPeek(out _, out var key) ? new SimTime(key.Time) : null;

    public void Schedule(SimDuration delay, IEventHandler handler, int tag = 0, object? subject = null, int priority = 0)
    {
        if (!(delay.Minutes >= 0)) throw new ArgumentOutOfRangeException(nameof(delay), delay, "Events cannot be scheduled in the past.");
        Enqueue(Now.Minutes + delay.Minutes, handler, tag, subject, priority);
    }

    public void ScheduleAt(SimTime time, IEventHandler handler, int tag = 0, object? subject = null, int priority = 0)
    {
        if (!(time.Minutes >= Now.Minutes)) throw new ArgumentOutOfRangeException(nameof(time), time, $"Events cannot be scheduled in the past (now {Now}).");
        Enqueue(time.Minutes, handler, tag, subject, priority);
    }

    /// <summary>Handles the next event; false when the agenda is empty.</summary>
    public bool Step()
    {
        if (!_agenda.TryDequeue(out var next, out var key)) return false;
        Now = new SimTime(key.Time);
        EventsHandled++;
        next.Handler.Handle(next.Tag, next.Subject);
        return true;
    }

    /// <summary>Events handled between two looks at the cancellation token: milliseconds of a model's time, and a mask per event.</summary>
    public const int EventsBetweenCancellationChecks = 1 << 16;

    /// <summary>Handles every event due at or before <paramref name="end"/>, then sets the clock to it.</summary>
    /// <remarks>One replication of an England-sized year runs for half a minute or more, so a stop asked for through
    /// <paramref name="cancellation"/> is heard inside it (every <see cref="EventsBetweenCancellationChecks"/> events, by
    /// an <see cref="OperationCanceledException"/>), not only between replications.</remarks>
    public void RunUntil(SimTime end, CancellationToken cancellation = default)
    {
        while (_agenda.TryPeek(out _, out var key) && key.Time <= end.Minutes)
        {
            Step();
            if ((EventsHandled & (EventsBetweenCancellationChecks - 1)) == 0) cancellation.ThrowIfCancellationRequested();
        }
        if (end.Minutes > Now.Minutes) Now = end;
    }

    /// <summary>Handles events until the agenda is empty.</summary>
    public void Run()
    {
        while (Step()) { }
    }

    private void Enqueue(double time, IEventHandler handler, int tag, object? subject, int priority)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _agenda.Enqueue(new ScheduledEvent(handler, tag, subject), new EventKey(time, checked((short)priority), _sequence++));
    }

    private readonly record struct ScheduledEvent(IEventHandler Handler, int Tag, object? Subject);
}
