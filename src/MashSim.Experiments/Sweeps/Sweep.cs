using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;

namespace MashSim.Experiments.Sweeps;

/// <summary>Runs the points of a sweep, each with the same replications and seed (common random numbers), one point after another.</summary>
/// <remarks>
/// Points run one at a time with their replications in parallel, so each finished point can be saved at once and a
/// stopped sweep loses at most the point in hand.
/// </remarks>
public static class Sweep
{
    /// <param name="grid">The points.</param>
    /// <param name="baseScenario">The scenario every point edits (each point is validated as it is made).</param>
    /// <param name="indices">The points to run (a shard's slice, or those a resumed sweep still lacks).</param>
    /// <param name="threads">Replications run at once.</param>
    /// <param name="finished">Hears of each point as it finishes, to save it.</param>
    /// <param name="progress">Hears of each replication as it finishes.</param>
    /// <param name="cancellation">Stops the sweep between replications; points already finished stay finished.</param>
    public static void Run(SweepGrid grid, LoadedScenario baseScenario, IEnumerable<int> indices, int threads,
        Action<SweepPoint> finished, Action? progress = null, CancellationToken cancellation = default)
    {
        foreach (int index in indices)
        {
            cancellation.ThrowIfCancellationRequested();
            var point = baseScenario.With(grid.EditsOf(index));
            var result = Replications.Run(point.Scenario, point.File.Plan(threads), progress, cancellation: cancellation);
            finished(new SweepPoint(index, grid.ValuesOf(index), result.Summary));
        }
    }
}
