namespace MashSim.Kernel.Resources;

/// <summary>A queue served lowest priority value first and first come, first served within a priority: one FIFO per priority level.</summary>
/// <remarks>
/// Work is queued at a handful of priorities (red, amber, green), so a short sorted array of FIFOs gives O(1) enqueue
/// and dequeue with the same order a heap keyed by (priority, sequence) would, without the heap's sifting.
/// </remarks>
public sealed class PriorityFifo<T>
{
    private int[] _priorities = new int[4];
    private Queue<T>[] _queues = new Queue<T>[4];
    private int _levels;

    public int Count { get; private set; }

    public void Enqueue(T item, int priority)
    {
        int level = 0;
        while (level < _levels && _priorities[level] < priority) level++;
        if (level == _levels || _priorities[level] != priority) InsertLevel(level, priority);
        _queues[level].Enqueue(item);
        Count++;
    }

    public bool TryDequeue(out T item)
    {
        for (int level = 0; level < _levels; level++)
        {
            if (_queues[level].TryDequeue(out item!))
            {
                Count--;
                return true;
            }
        }
        item = default!;
        return false;
    }

    private void InsertLevel(int level, int priority)
    {
        if (_levels == _priorities.Length)
        {
            Array.Resize(ref _priorities, _levels * 2);
            Array.Resize(ref _queues, _levels * 2);
        }
        Array.Copy(_priorities, level, _priorities, level + 1, _levels - level);
        Array.Copy(_queues, level, _queues, level + 1, _levels - level);
        _priorities[level] = priority;
        _queues[level] = new Queue<T>();
        _levels++;
    }
}
