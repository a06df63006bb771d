namespace MashSim.Model.Population;

/// <summary>Every child's history entries in one pooled arena: each child owns a block of it (a start and a size class) instead of a list of its own.</summary>
/// <remarks>
/// A national-sized run holds millions of children, most with one or two entries; a List per child cost a list object,
/// an array (24 bytes of header) and 32-byte entries, and its growth copied and allocated on the hot path. Here entries
/// are 17 bytes (the times stay doubles, so results do not change), blocks are powers of two, a block outgrown or
/// released goes on a free list of its size and is reused, and the arena grows by pages (no block straddles two), so it
/// never copies itself and never lands one huge array on the large-object heap. Block sizes stop at a page (2,048
/// entries), far beyond any child's history.
/// </remarks>
internal sealed class HistoryStore
{
    /// <summary>One entry: its kind, start and end in minutes; an open episode's end is NaN (no time is ever NaN).</summary>
    /// <remarks>Packed to 17 bytes, not padded to 24: an England-sized year holds about 7 million entries, and x64 reads
    /// unaligned doubles at (nearly) full speed.</remarks>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 1)]
    internal struct Entry
    {
        public double Start;
        public double End;
        private byte _kind; // HistoryKind is an int: stored as one byte

        public HistoryKind Kind { readonly get => (HistoryKind)_kind; set => _kind = (byte)value; }

        public readonly bool IsOpen => double.IsNaN(End);
    }

    private const int PageBits = 11; // 2,048 entries, 34 KB: below the large-object heap's threshold
    private const int PageSize = 1 << PageBits;
    private const int PageMask = PageSize - 1;

    private Entry[][] _pages = [];
    private int _pageCount;
    private int _used = PageSize; // entries handed out of the newest page; full until the first page exists
    private readonly int[][] _free = Enumerable.Range(0, PageBits + 1).Select(_ => new int[16]).ToArray();
    private readonly int[] _freeCount = new int[PageBits + 1];

    /// <summary>The entry at <paramref name="index"/> (a block's start plus an offset inside it).</summary>
    public ref Entry At(int index) => ref _pages[index >> PageBits][index & PageMask];

    /// <summary>Appends <paramref name="entry"/> to the block (<paramref name="start"/>, <paramref name="sizeClass"/>) holding <paramref name="count"/> entries, moving to a block twice the size when it is full.</summary>
    /// <remarks>A child with no entries yet has <paramref name="start"/> below zero.</remarks>
    public void Append(ref int start, ref int count, ref byte sizeClass, in Entry entry)
    {
        if (start < 0)
        {
            start = Take(0);
            sizeClass = 0;
        }
        else if (count == 1 << sizeClass)
        {
            if (sizeClass == PageBits) throw new InvalidOperationException($"A child's history is limited to {PageSize} entries.");
            int moved = Take(sizeClass + 1);
            for (int i = 0; i < count; i++) At(moved + i) = At(start + i);
            Release(start, sizeClass);
            start = moved;
            sizeClass++;
        }
        At(start + count++) = entry;
    }

    /// <summary>Gives a block back for reuse.</summary>
    public void Release(int start, byte sizeClass)
    {
        ref var free = ref _free[sizeClass];
        ref int n = ref _freeCount[sizeClass];
        if (n == free.Length) Array.Resize(ref free, n * 2);
        free[n++] = start;
    }

    /// <summary>A block of 2^<paramref name="sizeClass"/> entries: a released one if there is one, else the next free space (a new page when the newest cannot hold it).</summary>
    private int Take(int sizeClass)
    {
        if (_freeCount[sizeClass] > 0) return _free[sizeClass][--_freeCount[sizeClass]];
        int size = 1 << sizeClass;
        if (_used + size > PageSize)
        {
            // What is left of the newest page is smaller than the block: it is left unused (at most half a page, once per page).
            if (_pageCount == _pages.Length) Array.Resize(ref _pages, Math.Max(4, _pages.Length * 2));
            _pages[_pageCount++] = new Entry[PageSize];
            _used = 0;
        }
        int start = ((_pageCount - 1) << PageBits) + _used;
        _used += size;
        return start;
    }
}
