using MashSim.Experiments.Sweeps;

namespace MashSim.Outputs.Sweeps;

/// <summary>What a sweep is, kept as sweep.json in its folder so it can be resumed or merged: the base scenario, the axes, the shard.</summary>
/// <remarks>The base scenario is kept resolved (seed and replications included), so a resumed sweep runs exactly what the first run would have.</remarks>
public sealed record SweepSpec(
    string Format,
    string MashSimVersion,
    string ScenarioYaml,
    IReadOnlyList<SweepAxis> Axes,
    string Shard)
{
    public const string CurrentFormat = "mashsim-sweep/1";

    /// <summary>The grid of points; a method, not a property, so it is not written into sweep.json.</summary>
    public SweepGrid Grid() => SweepGrid.Of(Axes);

    /// <summary>The same sweep, as another shard (or the whole).</summary>
    public SweepSpec AsShard(string shard) => this with { Shard = shard };
}
