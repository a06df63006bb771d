using System.Runtime.CompilerServices;

namespace MashSim.Kernel;

/// <summary>The total order of the agenda: earlier time first, then lower priority value, then scheduling order.</summary>
/// <remarks>
/// <see cref="PriorityQueue{TElement, TPriority}"/> is not stable, so the sequence number is what makes same-time
/// events run first-scheduled, first-run, and so makes runs reproducible. Priority and sequence share one long
/// (priority in the top 16 bits, offset to be non-negative) so a comparison is two compares of primitives.
/// </remarks>
public readonly record struct EventKey : IComparable<EventKey>
{
    private const int SequenceBits = 47;
    private const long SequenceMask = (1L << SequenceBits) - 1;

    public EventKey(double time, short priority, long sequence)
    {
        if (sequence is < 0 or > SequenceMask) throw new ArgumentOutOfRangeException(nameof(sequence));
        Time = time;
        Order = ((long)(priority - short.MinValue) << SequenceBits) | sequence;
    }

    public double Time { get; }
    private long Order { get; }

    public int Priority => (int)(Order >> SequenceBits) + short.MinValue;
    public long Sequence => Order & SequenceMask;

    /// <summary>Whether this key comes after <paramref name="other"/>: the agenda's comparison, for times that are never NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool After(in EventKey other) => Time > other.Time || (Time == other.Time && Order > other.Order);

    public int CompareTo(EventKey other)
    {
        int byTime = Time.CompareTo(other.Time);
        return byTime != 0 ? byTime : Order.CompareTo(other.Order);
    }
}
