using System.Reflection;
using MashSim.Model.Parameters;

namespace MashSim.Experiments.Scenarios;

/// <summary>Reads a scenario's numeric field by its dotted camelCase path, for the commands that vary one (fitting, the staffing finder).</summary>
public static class ScenarioFields
{
    /// <summary>The number at <paramref name="path"/> (no list items) and whether it is a whole number; an <see cref="ArgumentException"/> says why it cannot be read.</summary>
    public static (double Value, bool IsWholeNumber) ReadNumber(Scenario scenario, string path)
    {
        object? current = scenario;
        foreach (var segment in path.Split('.'))
        {
            if (segment.Contains('[')) throw new ArgumentException($"{path}: only fields outside lists can be varied.");
            var fields = current?.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null).ToArray() ?? [];
            var property = fields.FirstOrDefault(p => string.Equals(p.Name, segment, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"{path}: '{segment}' is not a field of the scenario here" +
                    (fields.Length > 0 ? $" (the fields here: {string.Join(", ", fields.Select(f => char.ToLowerInvariant(f.Name[0]) + f.Name[1..]))})." : "."));
            current = property.GetValue(current);
        }
        return current switch
        {
            double d => (d, false),
            int i => (i, true),
            _ => throw new ArgumentException($"{path}: only numbers can be varied, and this is {current?.GetType().Name ?? "not set"}."),
        };
    }
}
