using MashSim.Experiments.Scenarios.Editing;

namespace MashSim.Experiments.Sweeps;

/// <summary>Every combination of the axes' values, the first axis outermost; point i is the same whichever machine runs it.</summary>
public sealed record SweepGrid(IReadOnlyList<SweepAxis> Axes)
{
    /// <summary>The most points a sweep may have.</summary>
    public const int MaximumPoints = 10_000;

    public int Count => Axes.Aggregate(1, (n, axis) => n * axis.Values.Count);

    /// <summary>Checks the axes vary different values and the grid is not too large; throws <see cref="FormatException"/> if not.</summary>
    public static SweepGrid Of(IReadOnlyList<SweepAxis> axes)
    {
        if (axes.Count == 0) throw new FormatException("a sweep needs at least one --vary.");
        var repeated = axes.GroupBy(a => a.Path).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new FormatException($"{repeated.Key} is varied twice; give it one --vary.");
        long count = axes.Aggregate(1L, (n, axis) => n * axis.Values.Count);
        if (count > MaximumPoints) throw new FormatException($"the grid has {count:N0} points; at most {MaximumPoints:N0}.");
        return new SweepGrid(axes);
    }

    /// <summary>The values of point <paramref name="index"/>, one per axis.</summary>
    public IReadOnlyList<string> ValuesOf(int index)
    {
        var values = new string[Axes.Count];
        for (int a = Axes.Count - 1; a >= 0; a--)
        {
            values[a] = Axes[a].Values[index % Axes[a].Values.Count];
            index /= Axes[a].Values.Count;
        }
        return values;
    }

    /// <summary>Point <paramref name="index"/> as edits of the base scenario, one per axis.</summary>
    public IReadOnlyList<ScenarioEdit> EditsOf(int index) => ValuesOf(index).Select((v, a) => ScenarioEdit.Of(Axes[a].Path, v, "--vary")).ToArray();
}
