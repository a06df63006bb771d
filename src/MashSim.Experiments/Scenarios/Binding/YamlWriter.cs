using System.Globalization;
using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace MashSim.Experiments.Scenarios.Binding;

/// <summary>Writes option records back as YAML in the shape the binder reads, so a resolved scenario can be run again as it is.</summary>
internal static class YamlWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string ToYaml(object options)
    {
        var stream = new YamlStream(new YamlDocument(ToNode(options)));
        using var writer = new StringWriter(Invariant) { NewLine = "\n" };
        stream.Save(writer, assignAnchors: false);
        string text = writer.ToString();
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static YamlNode ToNode(object value)
    {
        var type = value.GetType();
        // By the value, not its type: a collection expression behind an IReadOnlyList property has a compiler-made type.
        if (value is System.Collections.IEnumerable items and not string)
        {
            var sequence = new YamlSequenceNode(items.Cast<object>().Select(ToNode));
            if (sequence.Children.All(c => c is YamlScalarNode)) sequence.Style = SequenceStyle.Flow;
            return sequence;
        }
        if (ObjectBinder.IsObject(type))
        {
            var mapping = new YamlMappingNode();
            foreach (var (key, property) in ObjectBinder.WritableProperties(type))
            {
                if (property.GetValue(value) is { } child) mapping.Add(key, ToNode(child));
            }
            if (mapping.Children.Count <= 6 && mapping.Children.Values.All(c => c is YamlScalarNode)) mapping.Style = MappingStyle.Flow;
            return mapping;
        }
        return Scalar(value);
    }

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
