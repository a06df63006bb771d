namespace MashSim.Kernel.Statistics;

/// <summary>A quantity that changes at events (a queue length, a caseload) and its time-weighted mean since a reset.</summary>
public sealed class TimeWeightedValue
{
    private double _area;
    private double _lastChange;
    private double _since;

    public double Current { get; private set; }
    public double Maximum { get; private set; }

    public void Set(SimTime now, double value)
    {
        _area += Current * (now.Minutes - _lastChange);
        _lastChange = now.Minutes;
        Current = value;
        if (value > Maximum) Maximum = value;
    }

    /// <summary>Starts a new observation window at <paramref name="now"/>, keeping the current value.</summary>
    public void Reset(SimTime now)
    {
        _area = 0;
        _lastChange = now.Minutes;
        _since = now.Minutes;
        Maximum = Current;
    }

    /// <summary>The area under the value from the last reset to <paramref name="now"/>.</summary>
    public double AreaUntil(SimTime now) => _area + Current * (now.Minutes - _lastChange);

    /// <summary>The time-weighted mean from the last reset to <paramref name="now"/>; NaN for an empty window.</summary>
    public double MeanUntil(SimTime now)
    {
        double span = now.Minutes - _since;
        return span > 0 ? AreaUntil(now) / span : double.NaN;
    }
}
