namespace MashSim.Model.Runs;

/// <summary>Every item one arrival stream of an optional process brought (notifications, missing episodes...), by where it ended up: the check that nothing was lost.</summary>
/// <param name="Stream">What the items are, e.g. "domestic abuse notifications".</param>
/// <param name="Arrived">Items that arrived in the whole run, warm-up and drain included.</param>
/// <param name="Ended">How many ended in each way, counted as they ended.</param>
/// <param name="StillOpen">Items not ended at the end of the run, counted from the items themselves.</param>
public sealed record StreamAccount(string Stream, int Arrived, IReadOnlyList<KeyValuePair<string, int>> Ended, int StillOpen)
{
    public bool Balances => Arrived == Ended.Sum(e => e.Value) + StillOpen;

    public override string ToString() =>
        $"{Stream}: {Arrived} arrived; {string.Join(", ", Ended.Select(e => $"{e.Value} {e.Key}"))}; {StillOpen} still open";
}
