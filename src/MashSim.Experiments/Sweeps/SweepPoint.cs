using MashSim.Experiments.Results;

namespace MashSim.Experiments.Sweeps;

/// <summary>One point of a sweep, run: its index in the grid, its values, and every outcome's mean and 95% CI over the replications.</summary>
public sealed record SweepPoint(int Index, IReadOnlyList<string> Values, IReadOnlyList<OutcomeSummary> Summary);
