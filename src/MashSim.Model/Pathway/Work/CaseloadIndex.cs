namespace MashSim.Model.Pathway.Work;

/// <summary>Workers of one role in one locality, bucketed by caseload, so the least-loaded is found in constant time however large the team.</summary>
/// <remarks>
/// Caseloads change by one child at a time, so a worker moves between neighbouring buckets; removal swaps the last
/// worker of the bucket into the gap. Ties go to whoever is first in the lowest bucket: a fixed order given the same
/// events, so runs stay deterministic (it replaces a scan of every worker on every allocation).
/// </remarks>
internal sealed class CaseloadIndex
{
    private readonly List<List<SocialWorker>> _buckets = [];
    private int _lowest;

    public int Count { get; private set; }

    public void Add(SocialWorker worker)
    {
        var bucket = Bucket(worker.Caseload);
        worker.Slot = bucket.Count;
        bucket.Add(worker);
        _lowest = Math.Min(_lowest, worker.Caseload);
        Count++;
    }

    /// <summary>Takes the worker out of the bucket of <paramref name="caseload"/> (their caseload when they were filed).</summary>
    public void Remove(SocialWorker worker, int caseload)
    {
        var bucket = _buckets[caseload];
        var last = bucket[^1];
        bucket[worker.Slot] = last;
        last.Slot = worker.Slot;
        bucket.RemoveAt(bucket.Count - 1);
        Count--;
    }

    /// <summary>Refiles a worker whose caseload has just changed from <paramref name="caseloadBefore"/>.</summary>
    public void Moved(SocialWorker worker, int caseloadBefore)
    {
        Remove(worker, caseloadBefore);
        Add(worker);
    }

    /// <summary>The worker with the fewest children, or null if there is none.</summary>
    public SocialWorker? LeastLoaded()
    {
        while (_lowest < _buckets.Count && _buckets[_lowest].Count == 0) _lowest++;
        return _lowest < _buckets.Count ? _buckets[_lowest][0] : null;
    }

    private List<SocialWorker> Bucket(int caseload)
    {
        while (_buckets.Count <= caseload) _buckets.Add([]);
        return _buckets[caseload];
    }
}
