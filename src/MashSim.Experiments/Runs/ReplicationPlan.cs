namespace MashSim.Experiments.Runs;

/// <summary>How to run a set of replications: how many, with what master seed, on how many threads.</summary>
/// <remarks>
/// Threads change only how fast the answer comes: replication r always uses the streams derived from (seed, r).
/// The plan is the one place a run's replications and seed live; the model gets only the streams of one replication.
/// </remarks>
public sealed record ReplicationPlan(int Replications, long Seed, int Threads)
{
    public static int DefaultThreads => Environment.ProcessorCount;
}
