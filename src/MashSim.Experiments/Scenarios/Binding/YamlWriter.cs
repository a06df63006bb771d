using System.Globalization;
using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace MashSim.Experiments.Scenarios.Binding;

/// <summary>Writes option records back as YAML in the shape the binder reads, so a resolved scenario can be run again as it is.</summary>
/// <remarks>
/// Given the provenance the binder recorded, each value is written with its citation, <c>{ value: 8, source: "..." }</c>
/// (a distribution or a mix of shares cites itself as a whole), so the resolved file shows where every figure came
/// from, built-in defaults included, and keeps saying so when it is run again. A value changed after binding (by
/// <c>--reps</c>, say) no longer matches its entry and is written plainly.
/// </remarks>
internal static class YamlWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string ToYaml(object options, IReadOnlyList<ProvenanceEntry>? provenance = null)
    {
        var cited = (provenance ?? []).Where(e => e.Kind != ProvenanceKind.Unstated && e.Citation is not null)
            .GroupBy(e => e.FieldPath).ToDictionary(g => g.Key, g => g.Last());
        var stream = new YamlStream(new YamlDocument(ToNode(options, "", cited)));
        using var writer = new StringWriter(Invariant) { NewLine = "\n" };
        stream.Save(writer, assignAnchors: false);
        string text = writer.ToString();
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static YamlNode ToNode(object value, string path, IReadOnlyDictionary<string, ProvenanceEntry> cited)
    {
        var type = value.GetType();
        // By the value, not its type: a collection expression behind an IReadOnlyList property has a compiler-made type.
        if (value is System.Collections.IEnumerable items and not string)
        {
            var sequence = new YamlSequenceNode(items.Cast<object>().Select((item, i) => ToNode(item, $"{path}[{i}]", cited)));
            if (sequence.Children.All(c => c is YamlScalarNode)) sequence.Style = SequenceStyle.Flow;
            return Cite(sequence, path, cited);
        }
        if (ObjectBinder.IsObject(type))
        {
            var mapping = new YamlMappingNode();
            var properties = ObjectBinder.WritableProperties(type);
            // An item with a source of its own (a calibration target) is its own citation.
            if (properties.ContainsKey("source")) cited = new Dictionary<string, ProvenanceEntry>();
            foreach (var (key, property) in properties)
            {
                if (property.GetValue(value) is { } child) mapping.Add(key, ToNode(child, Join(path, key), cited));
            }
            if (mapping.Children.Count > 1 && WholeCitation(mapping, path, cited) is { } whole)
            {
                // A distribution or a mix of shares: one citation for the whole, as scenario files write them.
                mapping.Add(whole.Kind == ProvenanceKind.Source ? "source" : "assumption", Scalar(whole.Citation!));
            }
            if (mapping.Children.Count <= 6 && mapping.Children.Values.All(c => c is YamlScalarNode)) mapping.Style = MappingStyle.Flow;
            return mapping;
        }
        return Cite(Scalar(value), path, cited);
    }

    /// <summary>A value wrapped with its citation, when the binder recorded one for exactly this value at this path.</summary>
    private static YamlNode Cite(YamlNode node, string path, IReadOnlyDictionary<string, ProvenanceEntry> cited)
    {
        if (!cited.TryGetValue(path, out var entry) || !SameValue(Text(node), entry.ValueText)) return node;
        return new YamlMappingNode(
            new YamlScalarNode("value"), node,
            new YamlScalarNode(entry.Kind == ProvenanceKind.Source ? "source" : "assumption"), Scalar(entry.Citation!)) { Style = MappingStyle.Flow };
    }

    /// <summary>The one citation every value of a section of single values shares, when they were all wrapped with it; the wrappers are then unwrapped.</summary>
    private static ProvenanceEntry? WholeCitation(YamlMappingNode mapping, string path, IReadOnlyDictionary<string, ProvenanceEntry> cited)
    {
        var entries = mapping.Children.Keys.Select(k => cited.GetValueOrDefault(Join(path, ((YamlScalarNode)k).Value!))).ToArray();
        bool allValues = mapping.Children.Values.All(c => c is YamlScalarNode || c is YamlMappingNode w && w.Children.ContainsKey(new YamlScalarNode("value")));
        if (!allValues || entries.Any(e => e is null) || entries.Select(e => (e!.Kind, e.Citation)).Distinct().Count() != 1) return null;
        foreach (var key in mapping.Children.Keys.ToArray())
        {
            if (mapping.Children[key] is YamlMappingNode wrapper) mapping.Children[key] = wrapper.Children[new YamlScalarNode("value")];
        }
        return entries[0];
    }

    /// <summary>Whether the value written is the value the file gave, however it was spelled (0.50 and 0.5, Monday and monday).</summary>
    private static bool SameValue(string written, string given)
    {
        static string[] Items(string text) => text.Trim('[', ']').Split(',', StringSplitOptions.TrimEntries);
        var (a, b) = (Items(written), Items(given));
        return a.Length == b.Length && a.Zip(b).All(p =>
            double.TryParse(p.First, NumberStyles.Float, Invariant, out var x) && double.TryParse(p.Second, NumberStyles.Float, Invariant, out var y)
                ? x == y
                : string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase));
    }

    private static string Text(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? "",
        YamlSequenceNode q => "[" + string.Join(", ", q.Children.Select(c => (c as YamlScalarNode)?.Value)) + "]",
        _ => "",
    };

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static YamlScalarNode Scalar(object value) => value switch
    {
        string s => new YamlScalarNode(s) { Style = NeedsQuotes(s) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any },
        bool b => new YamlScalarNode(b ? "true" : "false"),
        double d => new YamlScalarNode(d.ToString("R", Invariant)),
        DateOnly date => new YamlScalarNode(date.ToString("yyyy-MM-dd", Invariant)),
        TimeOnly time => new YamlScalarNode(time.ToString("HH:mm", Invariant)) { Style = ScalarStyle.DoubleQuoted },
        Enum e => new YamlScalarNode(char.ToLowerInvariant(e.ToString()[0]) + e.ToString()[1..]),
        IFormattable f => new YamlScalarNode(f.ToString(null, Invariant)),
        _ => new YamlScalarNode(value.ToString()),
    };

    /// <summary>Quote strings a YAML reader would otherwise take for something else (numbers, booleans, null, or text with a colon).</summary>
    private static bool NeedsQuotes(string s) =>
        s.Length == 0 || s != s.Trim() || double.TryParse(s, NumberStyles.Float, Invariant, out _)
        || s.ToLowerInvariant() is "true" or "false" or "null" or "~" or "yes" or "no"
        || s.IndexOfAny([':', '#', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '\n']) >= 0;
}
