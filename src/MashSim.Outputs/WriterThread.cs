using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace MashSim.Outputs;

/// <summary>Hands rows, in order, to a writer on a thread of its own, a chunk at a time, so the thread that makes them only copies them.</summary>
/// <remarks>
/// Formatting an England-sized year's event log (2.9 GB) on the simulation's thread cost that thread more than the
/// writer's own time: the formatting and the kernel's copies into the page cache also evicted the model's data from the
/// core's caches, so everything else in the replication ran slower too. Here the rows are copied into a chunk, and a
/// full chunk goes to the writer's thread, which calls <c>write</c> with it.
/// There are only <see cref="Chunks"/> chunks, reused: a writer that falls behind makes the rows' thread wait for a free
/// one, so memory stays bounded however fast rows come. A failure on the writer's thread (a full disk) is rethrown on
/// the rows' thread at its next hand-off, or at the latest by <see cref="Dispose"/>; after it no more rows are written.
/// </remarks>
public sealed class WriterThread<T> : IDisposable
{
    /// <summary>Rows a chunk holds.</summary>
    public const int ChunkSize = 1024;
    /// <summary>The chunks in all (one being filled, the rest being written or waiting to be): at most this many chunks' rows are held.</summary>
    public const int Chunks = 8;

    private readonly Action<ReadOnlySpan<T>> _write;
    private readonly BlockingCollection<(T[] Rows, int Count)> _full = new();
    private readonly BlockingCollection<T[]> _free = new();
    private readonly Thread _thread;
    private T[] _chunk = new T[ChunkSize];
    private int _count;
    private volatile ExceptionDispatchInfo? _failure;
    private bool _failureThrown, _disposed;

    /// <param name="name">The thread's name, as a debugger or profiler shows it.</param>
    /// <param name="write">Writes a chunk of rows; called on the writer's thread only, in the order the rows were added.</param>
    public WriterThread(string name, Action<ReadOnlySpan<T>> write)
    {
        _write = write;
        for (int i = 1; i < Chunks; i++) _free.Add(new T[ChunkSize]);
        _thread = new Thread(Drain) { IsBackground = true, Name = name };
        _thread.Start();
    }

    public void Add(in T row)
    {
        _chunk[_count++] = row;
        if (_count == ChunkSize) HandOff();
    }

    /// <summary>Hands over what is left, waits until the writer has written every row, and rethrows its failure if it had one not yet thrown.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (_count > 0) _full.Add((_chunk, _count));
        _full.CompleteAdding();
        _thread.Join();
        _full.Dispose();
        _free.Dispose();
        ThrowIfFailed();
    }

    private void HandOff()
    {
        ThrowIfFailed();
        _full.Add((_chunk, _count));
        _count = 0;
        _chunk = _free.Take();
    }

    private void Drain()
    {
        foreach (var (rows, count) in _full.GetConsumingEnumerable())
        {
            if (_failure is null)
            {
                try { _write(rows.AsSpan(0, count)); }
                catch (Exception e) { _failure = ExceptionDispatchInfo.Capture(e); }
            }
            // Rows holding references (strings) would otherwise keep them alive until the chunk's next round.
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(rows, 0, count);
            _free.Add(rows);
        }
    }

    private void ThrowIfFailed()
    {
        if (_failure is not { } failure || _failureThrown) return;
        _failureThrown = true;
        failure.Throw();
    }
}
