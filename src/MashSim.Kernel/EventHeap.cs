namespace MashSim.Kernel;

/// <summary>The agenda's priority queue: a 4-ary min-heap in <see cref="EventKey"/> order, keys in one array and events in another.</summary>
/// <remarks>
/// <see cref="PriorityQueue{TElement, TPriority}"/> keeps each event beside its key, 40 bytes a node, so choosing
/// among four children reads 160 bytes (three or four cache lines), and compares through
/// <see cref="EventKey.CompareTo"/> (which orders NaN). Here the four children's keys take 64 bytes (one or two
/// lines), events move only along the path they take, and keys compare as two numbers: times are never NaN
/// (<see cref="Simulation"/> refuses them). Its sifting was the second largest cost of an England-sized year. Same-key
/// order does not arise: every key carries a distinct sequence number.
/// </remarks>
internal sealed class EventHeap<T>
{
    private const int Arity = 4;

    private EventKey[] _keys = new EventKey[64];
    private T[] _items = new T[64];

    public int Count { get; private set; }

    public void Enqueue(T item, EventKey key)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _items, Count * 2);
        }
        // Sift up: parents later than the new key move down into the hole.
        int hole = Count++;
        var keys = _keys;
        while (hole > 0)
        {
            int parent = (hole - 1) / Arity;
            if (!keys[parent].After(key)) break;
            keys[hole] = keys[parent];
            _items[hole] = _items[parent];
            hole = parent;
        }
        keys[hole] = key;
        _items[hole] = item;
    }

    public bool TryPeek(out T item, out EventKey key)
    {
        if (Count == 0)
        {
            item = default!;
            key = default;
            return false;
        }
        item = _items[0];
        key = _keys[0];
        return true;
    }

    public bool TryDequeue(out T item, out EventKey key)
    {
        if (!TryPeek(out item, out key)) return false;
        int last = --Count;
        var lastKey = _keys[last];
        var lastItem = _items[last];
        _items[last] = default!;
        if (last > 0) SiftDown(lastKey, lastItem, last);
        return true;
    }

    /// <summary>Places (<paramref name="key"/>, <paramref name="item"/>) from the root down, among the first <paramref name="count"/> slots.</summary>
    private void SiftDown(EventKey key, T item, int count)
    {
        var keys = _keys;
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
            _items[hole] = _items[least];
            hole = least;
        }
        keys[hole] = key;
        _items[hole] = item;
    }
}
