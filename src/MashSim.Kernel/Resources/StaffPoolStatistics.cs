using MashSim.Kernel.Statistics;

namespace MashSim.Kernel.Resources;

/// <summary>What a <see cref="StaffPool"/> saw since the last reset: waits, queue length over time, utilisation.</summary>
/// <remarks>Utilisation counts only open time: a worker holding a case overnight is not busy while the office is shut.</remarks>
public sealed class StaffPoolStatistics
{
    private readonly StaffPool _pool;
    private readonly Dictionary<int, SampleAccumulator> _waitsByPriority = new();
    private SampleAccumulator? _lastPriorityWaits;
    private int _lastPriority;
    private double _busyOpenArea;
    private double _capacityOpenArea;
    private double _lastChange;

    internal StaffPoolStatistics(StaffPool pool, SimTime now)
    {
        _pool = pool;
        _lastChange = now.Minutes;
        QueueLength.Reset(now);
    }

    /// <summary>Requests waiting for a worker, over time.</summary>
    public TimeWeightedValue QueueLength { get; } = new();

    /// <summary>Waiting time in minutes of every request granted since the reset (merged from the per-priority figures when asked).</summary>
    public SampleAccumulator WaitMinutes => SampleAccumulator.Merge(_waitsByPriority.Values);

    /// <summary>Requests granted since the reset.</summary>
    public long Granted { get; private set; }

    public IReadOnlyDictionary<int, SampleAccumulator> WaitMinutesByPriority => _waitsByPriority;

    /// <summary>Busy worker time over available worker time, both counted while open; NaN if never open.</summary>
    public double UtilisationUntil(SimTime now)
    {
        OnBusyChanging(now);
        return _capacityOpenArea > 0 ? _busyOpenArea / _capacityOpenArea : double.NaN;
    }

    /// <summary>Starts a new observation window (the end of a warm-up period).</summary>
    public void Reset(SimTime now)
    {
        OnBusyChanging(now);
        _busyOpenArea = 0;
        _capacityOpenArea = 0;
        Granted = 0;
        _waitsByPriority.Clear();
        _lastPriorityWaits = null;
        QueueLength.Reset(now);
    }

    internal void RecordWait(int priority, SimDuration waited)
    {
        Granted++;
        // Most grants in a row share a priority: remember the last one instead of hashing every time.
        if (_lastPriorityWaits is null || priority != _lastPriority)
        {
            if (!_waitsByPriority.TryGetValue(priority, out _lastPriorityWaits))
            {
                _lastPriorityWaits = new SampleAccumulator();
                _waitsByPriority[priority] = _lastPriorityWaits;
            }
            _lastPriority = priority;
        }
        _lastPriorityWaits.Add(waited.Minutes);
    }

    /// <summary>Accumulates busy and capacity time up to <paramref name="now"/>; called before either changes.</summary>
    internal void OnBusyChanging(SimTime now)
    {
        double elapsed = now.Minutes - _lastChange;
        if (elapsed > 0 && _pool.IsOpen)
        {
            _busyOpenArea += _pool.Busy * elapsed;
            _capacityOpenArea += _pool.Capacity * elapsed;
        }
        _lastChange = now.Minutes;
    }
}
