namespace MashSim.Kernel;

/// <summary>The agenda's priority queue: a 4-ary min-heap in <see cref="EventKey"/> order, keys in one array and events in another.</summary>
/// <remarks>
/// <see cref="PriorityQueue{TElement, TPriority}"/> keeps each event beside its key, 40 bytes a node, so choosing
/// among four children reads 160 bytes (three or four cache lines), and compares through
/// <see cref="EventKey.CompareTo"/> (which orders NaN). Here the four children's keys take 64 bytes (one or two
/// lines), and keys compare as two numbers: times are never NaN (<see cref="Simulation"/> refuses them). Its sifting
/// was the second largest cost of an England-sized year. Same-key order does not arise: every key carries a distinct
/// sequence number.
/// The events themselves never move while they wait: each sits in a slot of its own, and the heap moves the slot's
/// number beside the key. An event holds references, and every reference written into the (old, large) array costs
/// a write barrier and marks a card the next young collection scans; a sift moved one at every level.
/// </remarks>
internal sealed class EventHeap<T>
{
    private const int Arity = 4;

    private EventKey[] _keys = new EventKey[64];
    /// <summary>The slot in <see cref="_items"/> of each heap entry's event.</summary>
    private int[] _slots = new int[64];
    private T[] _items = new T[64];
    /// <summary>Slots freed by dequeues, reused last freed first (its line is likely still cached).</summary>
    private int[] _freeSlots = new int[64];
    private int _freeCount;
    /// <summary>Slots handed out so far; those below it not free hold the queued events.</summary>
    private int _slotsUsed;

    public int Count { get; private set; }

    public void Enqueue(T item, EventKey key)
    {
        if (Count == _keys.Length) Grow();
        int slot = _freeCount > 0 ? _freeSlots[--_freeCount] : _slotsUsed++;
        _items[slot] = item;
        // Sift up: parents later than the new key move down into the hole.
        int hole = Count++;
        var keys = _keys;
        var slots = _slots;
        while (hole > 0)
        {
            int parent = (hole - 1) / Arity;
            if (!keys[parent].After(key)) break;
            keys[hole] = keys[parent];
            slots[hole] = slots[parent];
            hole = parent;
        }
        keys[hole] = key;
        slots[hole] = slot;
    }

    public bool TryPeek(out T item, out EventKey key)
    {
        if (Count == 0)
        {
            item = default!;
            key = default;
            return false;
        }
        item = _items[_slots[0]];
        key = _keys[0];
        return true;
    }

    public bool TryDequeue(out T item, out EventKey key)
    {
        if (!TryPeek(out item, out key)) return false;
        int freed = _slots[0];
        _items[freed] = default!;
        _freeSlots[_freeCount++] = freed;
        int last = --Count;
        if (last > 0) SiftDown(_keys[last], _slots[last], last);
        return true;
    }

    /// <summary>Places (<paramref name="key"/>, <paramref name="slot"/>) from the root down, among the first <paramref name="count"/> entries.</summary>
    private void SiftDown(EventKey key, int slot, int count)
    {
        var keys = _keys;
        var slots = _slots;
        int hole = 0;
        while (true)
        {
            int first = hole * Arity + 1;
            if (first >= count) break;
            int end = Math.Min(first + Arity, count);
            int least = first;
            for (int child = first + 1; child < end; child++)
            {
                if (keys[least].After(keys[child])) least = child;
            }
            if (!key.After(keys[least])) break;
            keys[hole] = keys[least];
            slots[hole] = slots[least];
            hole = least;
        }
        keys[hole] = key;
        slots[hole] = slot;
    }

    /// <summary>Doubles every array: the queue is full, so every slot is in use and none is free.</summary>
    private void Grow()
    {
        int size = _keys.Length * 2;
        Array.Resize(ref _keys, size);
        Array.Resize(ref _slots, size);
        Array.Resize(ref _items, size);
        Array.Resize(ref _freeSlots, size);
    }
}
