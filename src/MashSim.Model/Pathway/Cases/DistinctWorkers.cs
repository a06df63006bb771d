namespace MashSim.Model.Pathway.Cases;

/// <summary>The different workers who have held a case: a set of worker ids, counted.</summary>
/// <remarks>
/// Most cases have one worker and few have more than three, so the first id lives in a field and the others in a list
/// made only when a second worker takes the case; a HashSet per case was a tenth of what a run allocated.
/// </remarks>
public sealed class DistinctWorkers
{
    private int _first = -1;
    private bool _any;
    private List<int>? _others;

    /// <summary>How many different workers have held the case.</summary>
    public int Count => !_any ? 0 : 1 + (_others?.Count ?? 0);

    /// <summary>Adds <paramref name="workerId"/> unless it has held the case before; true if it is new.</summary>
    public bool Add(int workerId)
    {
        if (!_any)
        {
            _first = workerId;
            _any = true;
            return true;
        }
        if (workerId == _first || (_others?.Contains(workerId) ?? false)) return false;
        (_others ??= new List<int>(2)).Add(workerId);
        return true;
    }

    public bool Contains(int workerId) => _any && (workerId == _first || (_others?.Contains(workerId) ?? false));
}
