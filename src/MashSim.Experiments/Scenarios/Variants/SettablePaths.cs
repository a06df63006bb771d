using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace MashSim.Experiments.Scenarios.Variants;

/// <summary>Every path <c>--set</c> (and <c>--variant</c>, <c>--vary</c>, <c>--role</c>) accepts in a scenario, with its value and where that value came from.</summary>
public static class SettablePaths
{
    /// <summary>One settable value: its path, the value as YAML, and its provenance (the file's citation, an assumption, or the model's default).</summary>
    public sealed record Entry(string Path, string Value, string Provenance);

    /// <summary>Walks the resolved scenario (every value, defaults included) in file order; a list of plain values is one value, a list of named items is indexed [n].</summary>
    public static IReadOnlyList<Entry> Of(LoadedScenario loaded)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(ScenarioLoader.ToYaml(loaded.File)));
        var given = loaded.Provenance.GroupBy(p => p.FieldPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var entries = new List<Entry>();

        void Walk(YamlNode node, string path)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children) Walk(value, path.Length == 0 ? ((YamlScalarNode)key).Value! : $"{path}.{((YamlScalarNode)key).Value}");
                    break;
                case YamlSequenceNode list when list.Children.Any(item => item is YamlMappingNode):
                    for (int i = 0; i < list.Children.Count; i++) Walk(list.Children[i], $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]");
                    break;
                case YamlSequenceNode list:
                    entries.Add(Describe(path, "[" + string.Join(", ", list.Children.Select(c => ((YamlScalarNode)c).Value)) + "]"));
                    break;
                case YamlScalarNode scalar:
                    entries.Add(Describe(path, scalar.Value ?? ""));
                    break;
            }
        }

        // A value inside a figure the file gave whole (a distribution's mean) has that figure's provenance.
        ProvenanceEntry? Given(string path)
        {
            for (string? at = path; at is { Length: > 0 }; at = at.LastIndexOf('.') is var dot and > 0 ? at[..dot] : null)
            {
                if (given.TryGetValue(at, out var p)) return p;
            }
            return null;
        }

        Entry Describe(string path, string value) => new(path, value, Given(path) is { } p
            ? $"{p.Kind.ToString().ToLowerInvariant()}{(p.Citation is { Length: > 0 } c ? ": " + c : "")} ({p.File}{(p.Line > 0 ? ":" + p.Line.ToString(CultureInfo.InvariantCulture) : "")})"
            : "no citation (a default, or not a figure)");

        Walk(stream.Documents[0].RootNode, "");
        return entries;
    }
}
