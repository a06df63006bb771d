namespace MashSim.Experiments.Runs;

/// <summary>How to run a set of replications: how many, with what master seed, on how many threads.</summary>
/// <remarks>Threads change only how fast the answer comes: replication r always uses the streams derived from (seed, r).</remarks>
public sealed record ReplicationPlan(int Replications, long Seed, int Threads)
{
    public static int DefaultThreads => Environment.ProcessorCount;

    /// <summary>The scenario as this plan runs it: its seed and number of replications, as the resolved scenario records them.</summary>
    public Model.Parameters.Scenario AppliedTo(Model.Parameters.Scenario scenario) =>
        scenario with { Run = scenario.Run with { Seed = Seed, Replications = Replications } };
}
