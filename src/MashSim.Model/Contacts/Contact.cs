using MashSim.Kernel;

namespace MashSim.Model.Contacts;

/// <summary>A contact about a child made to children's services, with what has happened to it so far.</summary>
/// <remarks>
/// One is made for every contact (millions a national-sized year), so its fields are packed: the enums in a byte each,
/// and the times and wait that may not have happened yet as plain doubles holding NaN until they do (a nullable
/// double takes 16 bytes, and no time is ever NaN). The properties still read as the nullable values they mean.
/// </remarks>
public sealed class Contact
{
    private const byte NoDecision = byte.MaxValue;

    private byte _state, _decision = NoDecision;
    private readonly byte _source, _rag;
    private double _ratedAt = double.NaN, _decidedAt = double.NaN, _leftAt = double.NaN, _screeningWaitMinutes = double.NaN;
    // The staffed task under way, for the activity log (a contact has one at a time): asked for and started, NaN when none.
    private double _workQueuedAt = double.NaN, _workStartedAt = double.NaN;

    public Contact(int id, ContactSource source, RagRating rag, SimTime arrivedAt, bool counted, int? childId = null)
    {
        Id = id;
        ChildId = childId ?? id;
        _source = (byte)source;
        _rag = (byte)rag;
        ArrivedAt = arrivedAt;
        Counted = counted;
    }

    public int Id { get; }

    /// <summary>Notes that a worker started the contact's task at <paramref name="startedAt"/>, asked for at <paramref name="queuedAt"/>.</summary>
    internal void StartWork(SimTime queuedAt, SimTime startedAt) => (_workQueuedAt, _workStartedAt) = (queuedAt.Minutes, startedAt.Minutes);

    /// <summary>The task under way, taken off the contact; false when none was noted.</summary>
    internal bool TryTakeWork(out SimTime queuedAt, out SimTime startedAt)
    {
        (queuedAt, startedAt) = (new SimTime(_workQueuedAt), new SimTime(_workStartedAt));
        bool underway = !double.IsNaN(_workStartedAt);
        (_workQueuedAt, _workStartedAt) = (double.NaN, double.NaN);
        return underway;
    }

    /// <summary>The child the contact is about; a child who comes back keeps the same id.</summary>
    public int ChildId { get; }
    public ContactSource Source => (ContactSource)_source;

    /// <summary>The child's age in whole years when the contact arrived.</summary>
    public int ChildAgeYears { get; init; }

    /// <summary>The rating screening will give it (its true urgency, drawn on arrival).</summary>
    public RagRating Rag => (RagRating)_rag;

    public SimTime ArrivedAt { get; }

    /// <summary>Arrived inside the measured period (after the warm-up, before the horizon), so counts in the outcomes.</summary>
    public bool Counted { get; }

    public ContactState State { get => (ContactState)_state; set => _state = (byte)value; }
    public bool OutOfHours { get; set; }
    public SimTime? RatedAt { get => SimTime.Unpack(_ratedAt); set => _ratedAt = SimTime.Pack(value); }
    public SimTime? DecidedAt { get => SimTime.Unpack(_decidedAt); set => _decidedAt = SimTime.Pack(value); }
    public SimTime? LeftAt { get => SimTime.Unpack(_leftAt); set => _leftAt = SimTime.Pack(value); }
    public ThresholdDecision? Decision
    {
        get => _decision == NoDecision ? null : (ThresholdDecision)_decision;
        set => _decision = value is { } d ? (byte)d : NoDecision;
    }
    public SimTime DecisionDeadline { get; set; }
    public SimTime FlagDeadline { get; set; }
    public double? ScreeningWaitMinutes
    {
        get => double.IsNaN(_screeningWaitMinutes) ? null : _screeningWaitMinutes;
        set => _screeningWaitMinutes = value ?? double.NaN;
    }
    public int ChecksRequested { get; set; }

    /// <summary>One bit per agency (in the scenario's order) whose answer has not come back.</summary>
    public ulong ChecksOutstanding { get; set; }

    /// <summary>The agencies whose answers were still missing when the worker decided at the deadline.</summary>
    public ulong ChecksMissingAtDecision { get; set; }
    public bool ChecksClosed { get; set; }
    public int TransferStepsDone { get; set; }

    public bool IsRed => _rag == (byte)RagRating.Red;
}
