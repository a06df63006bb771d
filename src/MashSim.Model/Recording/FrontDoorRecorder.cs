using MashSim.Kernel;
using MashSim.Kernel.Statistics;
using MashSim.Model.Contacts;
using MashSim.Model.Recording.ContactLog;
using MashSim.Model.Runs;
using MashSim.Model.Workflows;

namespace MashSim.Model.Recording;

/// <summary>Listens to the contact workflow and tallies what the outcomes need as contacts leave.</summary>
/// <remarks>With a contact log, every counted contact is passed to it in arrival order once final (see <see cref="ContactLogOrder"/>).</remarks>
internal sealed class FrontDoorRecorder(Simulation simulation, double redTargetHours, IContactLog? contactLog) : IContactObserver, IEventHandler
{
    // Keyed by id: a reference hash would make the runtime generate and store an identity hash in every contact's
    // header (a fifth of the M/M/c bench's time). The set's order depends only on its adds and removes, not the hash.
    private readonly HashSet<Contact> _open = new(ContactById.Instance);
    private readonly ContactLogOrder? _contactLog = contactLog is null ? null : new ContactLogOrder(contactLog);
    private readonly List<double> _hourlyScreeningQueue = [];
    private readonly TimeWeightedValue _inFrontDoor = new();
    private Func<int>? _screeningQueueLength;
    private SimTime _sampleUntil;
    private double _checkReplyHoursSum;
    private int _checkReplies;

    public OutcomeTally Tally { get; } = new(redTargetHours);
    public int Arrived { get; private set; }
    public int TransferredToDuty { get; private set; }
    public int Referred { get; private set; }
    public int Closed { get; private set; }
    public TimeWeightedValue InFrontDoor => _inFrontDoor;
    public double CheckReplyHoursMean => _checkReplies > 0 ? _checkReplyHoursSum / _checkReplies : double.NaN;

    public void OnArrived(Contact contact)
    {
        Arrived++;
        _inFrontDoor.Set(simulation.Now, _inFrontDoor.Current + 1);
        if (!contact.Counted) return;
        _contactLog?.Arrived(contact, _open);
        _open.Add(contact);
    }

    public void OnCheckReply(Contact contact, double hours)
    {
        if (!contact.Counted) return;
        _checkReplyHoursSum += hours;
        _checkReplies++;
    }

    public void OnTransition(Contact contact, ContactState from, ContactState to, ContactTrigger trigger)
    {
        switch (to)
        {
            case ContactState.TransferredToDuty: TransferredToDuty++; break;
            case ContactState.Referred: Referred++; break;
            case ContactState.Closed: Closed++; break;
            default: return;
        }
        _inFrontDoor.Set(simulation.Now, _inFrontDoor.Current - 1);
        if (contact.Counted && _open.Remove(contact)) Tally.Add(contact, simulation.Now);
    }

    /// <summary>Tallies the counted contacts still open at the end of the run, and passes the rest of the contacts to the contact log.</summary>
    public void TallyUnfinished()
    {
        foreach (var contact in _open) Tally.Add(contact, simulation.Now);
        _open.Clear();
        _contactLog?.PassOnAll();
    }

    /// <summary>Samples the screening queue every hour from <paramref name="from"/> to <paramref name="until"/>, for the queue-over-time series.</summary>
    public void SampleScreeningQueue(Func<int> queueLength, SimTime from, SimTime until)
    {
        _screeningQueueLength = queueLength;
        _sampleUntil = until;
        simulation.ScheduleAt(from, this);
    }

    /// <summary>The screening queue, the mean of the hourly samples for each day of the measured period.</summary>
    public DailySeries DailyScreeningQueue() =>
        new(DailyMeasure.ScreeningQueue, _hourlyScreeningQueue.Chunk(24).Select(day => day.Average()).ToArray());

    void IEventHandler.Handle(int tag, object? subject)
    {
        _hourlyScreeningQueue.Add(_screeningQueueLength!());
        var next = simulation.Now + SimDuration.FromHours(1);
        if (next < _sampleUntil) simulation.ScheduleAt(next, this);
    }
}
