using System.Collections;
using MashSim.Kernel;

namespace MashSim.Model.Population;

/// <summary>A child known to children's services: an id, a date of birth and every contact and episode so far.</summary>
/// <remarks>
/// Kept small, since a national-sized run holds millions (most with one contact and nothing more): the entries live in
/// the population's <see cref="HistoryStore"/>, the child keeps only where its block starts, its size class and how many
/// entries it holds. <see cref="OpenItems"/> counts the child's contacts in the front door and cases open after it;
/// while it is above zero the child is with services, and no new contact is drawn about them.
/// </remarks>
public sealed class Child : IChildHistory
{
    private readonly HistoryStore _store;
    private int _start = -1;
    private int _count;
    private byte _sizeClass;
    private byte _involvement;

    /// <summary>A child with a history of its own (outside any population, as tests make them).</summary>
    public Child(int id, SimTime bornAt) : this(new HistoryStore(), id, bornAt) { }

    internal Child(HistoryStore store, int id, SimTime bornAt)
    {
        _store = store;
        ChildId = id;
        BornAt = bornAt;
    }

    public int ChildId { get; }
    public SimTime BornAt { get; }

    /// <summary>Every episode so far, oldest first: a view of the history as it is when read.</summary>
    public IReadOnlyList<HistoryEntry> Entries => new EntryView(this);
    public Involvement Involvement => (Involvement)_involvement;

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
        for (int i = 0; i < _count; i++) if (_store.At(_start + i).Kind == kind) n++;
        return n;
    }

    public SimTime? LastStart(HistoryKind kind)
    {
        for (int i = _count - 1; i >= 0; i--)
        {
            ref var e = ref _store.At(_start + i);
            if (e.Kind == kind) return new SimTime(e.Start);
        }
        return null;
    }

    /// <summary>An episode that starts now and stays open until <see cref="End"/>.</summary>
    internal void Start(HistoryKind kind, SimTime at) => Append(kind, at.Minutes, double.NaN);

    /// <summary>Something that happens at once (a contact, a referral).</summary>
    internal void Record(HistoryKind kind, SimTime at) => Append(kind, at.Minutes, at.Minutes);

    /// <summary>Adds an episode that began and (if <paramref name="end"/> is given) ended before now: a history made up for a child known before the run.</summary>
    internal void Add(HistoryKind kind, SimTime start, SimTime? end) => Append(kind, start.Minutes, SimTime.Pack(end));

    /// <summary>Ends the latest open episode of this kind; nothing if none is open.</summary>
    internal void End(HistoryKind kind, SimTime at)
    {
        for (int i = _count - 1; i >= 0; i--)
        {
            ref var e = ref _store.At(_start + i);
            if (e.Kind != kind || !e.IsOpen) continue;
            e.End = at.Minutes;
            return;
        }
    }

    /// <summary>Open episodes of <paramref name="kind"/>: their start times, oldest first, for counting plans by length.</summary>
    internal IEnumerable<SimTime> OpenSince(HistoryKind kind)
    {
        for (int i = 0; i < _count; i++)
        {
            var e = _store.At(_start + i);
            if (e.Kind == kind && e.IsOpen) yield return new SimTime(e.Start);
        }
    }

    /// <summary>The child is forgotten: its block goes back to the store, and the history reads as empty from now on.</summary>
    internal void ReleaseHistory()
    {
        if (_start >= 0) _store.Release(_start, _sizeClass);
        _start = -1;
        _count = 0;
    }

    private void Append(HistoryKind kind, double start, double end)
    {
        _store.Append(ref _start, ref _count, ref _sizeClass, new HistoryStore.Entry { Kind = kind, Start = start, End = end });
        var level = kind switch
        {
            HistoryKind.ChildProtectionPlan or HistoryKind.LookedAfter => Involvement.ChildProtectionPlan,
            HistoryKind.ChildInNeedPlan => Involvement.ChildInNeedPlan,
            HistoryKind.Referral or HistoryKind.Assessment => Involvement.Referral,
            _ => Involvement.Contact,
        };
        if (level > Involvement) _involvement = (byte)level;
    }

    private HistoryEntry EntryAt(int index)
    {
        var e = _store.At(_start + index);
        return new HistoryEntry(e.Kind, new SimTime(e.Start), SimTime.Unpack(e.End));
    }

    /// <summary>The entries as the public <see cref="HistoryEntry"/> list the rest of the model reads.</summary>
    private sealed class EntryView(Child child) : IReadOnlyList<HistoryEntry>
    {
        public int Count => child._count;

        public HistoryEntry this[int index] => (uint)index < (uint)child._count ? child.EntryAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<HistoryEntry> GetEnumerator()
        {
            for (int i = 0; i < child._count; i++) yield return child.EntryAt(i);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
