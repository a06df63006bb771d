using MashSim.Kernel;

namespace MashSim.Model.Population;

/// <summary>A child known to children's services: an id, a date of birth and every contact and episode so far.</summary>
/// <remarks>
/// Kept lean (most children have one contact and nothing more): the history list starts with room for two entries.
/// <see cref="OpenItems"/> counts the child's contacts in the front door and cases open after it; while it is above
/// zero the child is with services, and no new contact is drawn about them.
/// </remarks>
public sealed class Child(int id, SimTime bornAt) : IChildHistory
{
    private readonly List<HistoryEntry> _entries = new(2);

    public int ChildId { get; } = id;
    public SimTime BornAt { get; } = bornAt;
    public IReadOnlyList<HistoryEntry> Entries => _entries;
    public Involvement Involvement { get; private set; }

    /// <summary>Contacts in the front door and cases open about the child now.</summary>
    public int OpenItems { get; internal set; }

    /// <summary>When the child last left services (their last contact or case closed); what the look-back weights by.</summary>
    public SimTime LeftAt { get; internal set; }

    /// <summary>The last case was closed or stepped down too soon, under caseload pressure (000, 001, 003).</summary>
    public bool LeftPrematurely { get; internal set; }

    /// <summary>Looked after: no longer contacted about through the front door.</summary>
    public bool InCare { get; internal set; }

    public double AgeYears(SimTime now) => (now - BornAt).Days / 365.25;

    public int Count(HistoryKind kind)
    {
        int n = 0;
        foreach (var e in _entries) if (e.Kind == kind) n++;
        return n;
    }

    public SimTime? LastStart(HistoryKind kind)
    {
        for (int i = _entries.Count - 1; i >= 0; i--) if (_entries[i].Kind == kind) return _entries[i].Start;
        return null;
    }

    /// <summary>An episode that starts now and stays open until <see cref="End"/>.</summary>
    internal void Start(HistoryKind kind, SimTime at)
    {
        _entries.Add(new HistoryEntry(kind, at, null));
        Raise(kind);
    }

    /// <summary>Something that happens at once (a contact, a referral).</summary>
    internal void Record(HistoryKind kind, SimTime at)
    {
        _entries.Add(new HistoryEntry(kind, at, at));
        Raise(kind);
    }

    /// <summary>Adds an episode that began and (if <paramref name="end"/> is given) ended before now: a history made up for a child known before the run.</summary>
    internal void Add(HistoryKind kind, SimTime start, SimTime? end)
    {
        _entries.Add(new HistoryEntry(kind, start, end));
        Raise(kind);
    }

    /// <summary>Ends the latest open episode of this kind; nothing if none is open.</summary>
    internal void End(HistoryKind kind, SimTime at)
    {
        for (int i = _entries.Count - 1; i >= 0; i--)
        {
            if (_entries[i].Kind != kind || !_entries[i].IsOpen) continue;
            _entries[i] = _entries[i] with { End = at };
            return;
        }
    }

    private void Raise(HistoryKind kind)
    {
        var level = kind switch
        {
            HistoryKind.ChildProtectionPlan or HistoryKind.LookedAfter => Involvement.ChildProtectionPlan,
            HistoryKind.ChildInNeedPlan => Involvement.ChildInNeedPlan,
            HistoryKind.Referral or HistoryKind.Assessment => Involvement.Referral,
            _ => Involvement.Contact,
        };
        if (level > Involvement) Involvement = level;
    }
}
