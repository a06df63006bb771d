using MashSim.Kernel;

namespace MashSim.Model.Population;

/// <summary>Children who have left services, in the order they left, so a contact can pick one by weight in constant time.</summary>
/// <remarks>
/// One queue per kind of history (involvement, and whether the last case closed too soon), each in time order because
/// children are added as they leave. A look-back band is then a contiguous run of each queue, found by pointers that
/// only move forward as time does; every child in a band of a queue has the same weight, so one uniform draw picks the
/// band and the child. A child who comes back and leaves again is added again; the older entry goes stale and is
/// skipped by whoever picks it (its child's <see cref="Child.LeftAt"/> no longer matches). Entries older than the
/// window drop off, and <paramref name="forget"/> hears of each child whose latest entry that was.
/// An entry with no child stands for a child known before the run, made up only when picked.
/// Entries hold the child's id, found through <paramref name="children"/>, not a reference: the queues hold millions of
/// entries in a national run, and references there would make every collection of young objects scan the cards every
/// new entry marks (and take twice the room). An entry's child is always held: a child is forgotten only when their
/// latest entry drops off, and their older entries (left earlier) drop off in the same pick.
/// </remarks>
internal sealed class KnownChildren(KnownChildrenParameters parameters, ChildIndex children, Action<Child> forget)
{
    private readonly double[] _bandDays = parameters.RecencyMonths.Select(m => m * 365.25 / 12).ToArray();
    private readonly double[] _recency = parameters.RecencyWeights.ToArray();
    private readonly Queue[] _queues = Enumerable.Range(0, 8).Select(_ => new Queue(parameters.RecencyMonths.Count)).ToArray();
    private readonly double[] _classWeights = Enumerable.Range(0, 8).Select(q =>
        parameters.InvolvementWeights.Of(InvolvementOf(q)) * (q % 2 == 1 ? parameters.PrematureWeight : 1)).ToArray();

    // Each queue's total weight as its last Advance found it, and a time before which none of its band pointers can move:
    // until then (and until something is added to it) the total stands, and a pick need not walk the queue's bands.
    private readonly double[] _totals = new double[8];
    private readonly double[] _unchangedUntil = Enumerable.Repeat(double.NegativeInfinity, 8).ToArray();

    public static int QueueOf(Involvement involvement, bool premature) => (int)involvement * 2 + (premature ? 1 : 0);
    public static Involvement InvolvementOf(int queue) => (Involvement)(queue / 2);

    /// <remarks>Children are added as they leave, every few minutes of a national run, so the queue's total and the time it
    /// stands until are brought up to date here rather than by a walk of the bands at the next pick. The new entry is at
    /// the tail: a band pointer already before the tail stops before it, so only pointers standing at the tail can move
    /// onto it, once it has been in their band a band's length (less the minute's margin).</remarks>
    public void Add(Child? child, Involvement involvement, bool premature, SimTime leftAt)
    {
        int q = QueueOf(involvement, premature);
        var queue = _queues[q];
        queue.Add(child, leftAt.Minutes);
        // A queue whose pointers are due to move (or that has never been advanced) is advanced at the next pick anyway.
        if (double.IsNegativeInfinity(_unchangedUntil[q])) return;
        int added = queue.Tail - 1;
        for (int b = 0; b < _bandDays.Length; b++)
        {
            if (queue.Pointers[b] == added) _unchangedUntil[q] = Math.Min(_unchangedUntil[q], leftAt.Minutes + _bandDays[b] * 1440.0 - 1.0);
        }
        _totals[q] = Total(q);
    }

    /// <summary>Entries in the window, stale ones included.</summary>
    public int Count => _queues.Sum(q => q.Tail - q.Pointers[^1]);

    /// <summary>Picks an entry by weight with one uniform draw <paramref name="u"/>; false when no one is in the window.</summary>
    public bool TryPick(SimTime now, double u, out int queue, out int index, out Child? child, out SimTime leftAt)
    {
        double total = 0;
        for (int q = 0; q < _queues.Length; q++) total += now.Minutes < _unchangedUntil[q] ? _totals[q] : Advance(q, now.Minutes);
        queue = index = -1;
        child = null;
        leftAt = default;
        if (total <= 0) return false;
        double r = u * total;
        for (int q = 0; q < _queues.Length; q++)
        {
            // A queue with no weight in the window would only take nothing from r, band by band: skipping it picks the same.
            if (_totals[q] == 0) continue;
            var queueOf = _queues[q];
            double classWeight = _classWeights[q];
            int end = queueOf.Tail;
            for (int b = 0; b < _bandDays.Length; b++)
            {
                int start = queueOf.Pointers[b];
                double each = classWeight * _recency[b];
                double band = (end - start) * each;
                if (r < band && each > 0)
                {
                    queue = q;
                    index = Math.Min(end - 1, start + (int)(r / each));
                    child = queueOf.Child(index, children);
                    leftAt = new SimTime(queueOf.Time(index));
                    return true;
                }
                r -= band;
                end = start;
            }
        }
        return false;
    }

    /// <summary>Puts the child made up for a pre-run entry in its place, so the entry is not made up twice.</summary>
    public void Fill(int queue, int index, Child child) => _queues[queue].Fill(index, child.ChildId);

    /// <summary>Moves the queue's band pointers up to <paramref name="now"/>, drops what fell out of the window, and returns the queue's total weight.</summary>
    /// <remarks>Also notes the total and when a pointer could next move. That time is kept a minute early, so rounding in
    /// <c>now - band</c> can never make a skipped Advance one that would have moved a pointer.</remarks>
    private double Advance(int q, double now)
    {
        var queue = _queues[q];
        double unchangedUntil = double.PositiveInfinity;
        for (int b = 0; b < _bandDays.Length; b++)
        {
            double oldest = now - _bandDays[b] * 1440.0;
            ref int p = ref queue.Pointers[b];
            while (p < queue.Tail && queue.Time(p) <= oldest) p++;
            if (p < queue.Tail) unchangedUntil = Math.Min(unchangedUntil, queue.Time(p) + _bandDays[b] * 1440.0 - 1.0);
        }
        queue.DropBefore(queue.Pointers[^1], children, forget);
        _unchangedUntil[q] = unchangedUntil;
        return _totals[q] = Total(q);
    }

    /// <summary>The queue's weight in the window: each band's entries times the class and band weights, summed newest band first (always in this order, so the sum rounds the same wherever it is taken).</summary>
    private double Total(int q)
    {
        var queue = _queues[q];
        int end = queue.Tail;
        double total = 0, classWeight = _classWeights[q];
        for (int b = 0; b < _bandDays.Length; b++)
        {
            int p = queue.Pointers[b];
            total += (end - p) * classWeight * _recency[b];
            end = p;
        }
        return total;
    }

    /// <summary>(child's id, time left) in time order, in pages, with the band pointers into it; indices only grow.</summary>
    /// <remarks>
    /// Pages of 8,192 entries (32 KB of ids, 64 KB of times: under the large-object heap's threshold) are added at the
    /// tail and dropped from the head, and a dropped page is reused. One array doubled in place held an England-sized
    /// year's main queue (6.4 million entries, most of them children known before the run) in 100 MB with a quarter of
    /// it spare, needed the old 50 MB beside it while it grew, and left holes in the large-object heap when freed.
    /// </remarks>
    private sealed class Queue(int bands)
    {
        /// <summary>The id of an entry for a child known before the run not made up yet (no child has it: pre-run ids count down from -10,000,000).</summary>
        private const int NoChild = int.MinValue;
        private const int PageBits = 13;
        private const int PageSize = 1 << PageBits;
        private const int PageMask = PageSize - 1;

        private int[][] _idPages = new int[4][];
        private double[][] _timePages = new double[4][];
        private int _firstPage; // the page number of _idPages[0]
        private int _pageCount;
        private readonly Stack<(int[] Ids, double[] Times)> _spare = new();

        /// <summary>The index of the oldest entry held.</summary>
        public int Head;
        /// <summary>One past the newest entry.</summary>
        public int Tail;
        public readonly int[] Pointers = new int[bands];

        public double Time(int index) => _timePages[(index >> PageBits) - _firstPage][index & PageMask];

        public void Fill(int index, int childId) => _idPages[(index >> PageBits) - _firstPage][index & PageMask] = childId;

        public void Add(Child? child, double time)
        {
            if ((Tail >> PageBits) - _firstPage == _pageCount) AddPage();
            int page = (Tail >> PageBits) - _firstPage, slot = Tail & PageMask;
            _idPages[page][slot] = child?.ChildId ?? NoChild;
            _timePages[page][slot] = time;
            Tail++;
        }

        public Child? Child(int index, ChildIndex children)
        {
            int id = _idPages[(index >> PageBits) - _firstPage][index & PageMask];
            return id == NoChild ? null : children.Find(id);
        }

        public void DropBefore(int index, ChildIndex children, Action<Child> forget)
        {
            for (; Head < index; Head++)
            {
                if (Child(Head, children) is { } child && child.LeftAt.Minutes == Time(Head) && child.OpenItems == 0) forget(child);
            }
            int emptied = (Head >> PageBits) - _firstPage;
            if (emptied > 0) DropPages(emptied);
        }

        private void AddPage()
        {
            if (_pageCount == _idPages.Length)
            {
                Array.Resize(ref _idPages, _idPages.Length * 2);
                Array.Resize(ref _timePages, _timePages.Length * 2);
            }
            var (ids, times) = _spare.TryPop(out var page) ? page : (new int[PageSize], new double[PageSize]);
            _idPages[_pageCount] = ids;
            _timePages[_pageCount++] = times;
        }

        /// <summary>Drops the first <paramref name="count"/> pages (every entry in them is before the head), keeping one for reuse.</summary>
        private void DropPages(int count)
        {
            if (_spare.Count == 0) _spare.Push((_idPages[0], _timePages[0]));
            Array.Copy(_idPages, count, _idPages, 0, _pageCount - count);
            Array.Copy(_timePages, count, _timePages, 0, _pageCount - count);
            Array.Clear(_idPages, _pageCount - count, count);
            Array.Clear(_timePages, _pageCount - count, count);
            _pageCount -= count;
            _firstPage += count;
        }
    }
}
