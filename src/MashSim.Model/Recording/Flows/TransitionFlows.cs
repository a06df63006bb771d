namespace MashSim.Model.Recording.Flows;

/// <summary>
/// One workflow's flows in one replication's measured period: how often each (from, trigger, to) transition fired,
/// and the time spent in each state by the visits that ended in the period. Arrays are indexed by the enums' values
/// (see <see cref="Index"/>), so the record serialises as plain numbers (shards carry it in partial.json).
/// </summary>
public sealed record TransitionFlows(int States, int Triggers, long[] Counts, double[] HoursInState, long[] Visits)
{
    public static TransitionFlows Empty(int states, int triggers) =>
        new(states, triggers, new long[states * triggers * states], new double[states], new long[states]);

    public int Index(int from, int trigger, int to) => (from * Triggers + trigger) * States + to;

    public long Count(int from, int trigger, int to) => Counts[Index(from, trigger, to)];

    /// <summary>The element-wise sum of several replications' flows.</summary>
    public static TransitionFlows Sum(IEnumerable<TransitionFlows> flows)
    {
        TransitionFlows? total = null;
        foreach (var f in flows)
        {
            total ??= Empty(f.States, f.Triggers);
            for (int i = 0; i < f.Counts.Length; i++) total.Counts[i] += f.Counts[i];
            for (int s = 0; s < f.States; s++)
            {
                total.HoursInState[s] += f.HoursInState[s];
                total.Visits[s] += f.Visits[s];
            }
        }
        return total ?? throw new ArgumentException("no flows to sum", nameof(flows));
    }
}

/// <summary>A replication's flows through both workflows; <see cref="Case"/> is null when the scenario has no pathway.</summary>
public sealed record RunFlows(TransitionFlows Contact, TransitionFlows? Case);
