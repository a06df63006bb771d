using System.Globalization;
using System.Text.RegularExpressions;
using MashSim.Experiments.Scenarios.Binding;
using MashSim.Experiments.Scenarios.Limits;
using YamlDotNet.RepresentationModel;

namespace MashSim.Experiments.Scenarios.Editing;

/// <summary>One change to a scenario: a dotted path (<c>mash.staff.socialWorkers</c>, <c>mash.checks.agencies[0].colocated</c>) and the value to put there.</summary>
/// <remarks>
/// Every variant of a scenario is made of these, whoever asks: <c>--set</c>, the typed options (<c>--reps</c>, <c>--seed</c>,
/// <c>--horizon</c>, <c>--warmup</c>), a sweep's point, a staffing tried, a fitted value, the scenarios of a comparison.
/// The path and value are checked once, when the edit is made; <see cref="LoadedScenario.With"/> applies edits to the
/// scenario's tree in memory, so the variant is validated, and its figures cited, exactly as if the file said so.
/// The value is YAML, so <c>mash.screeningMinutes={dist: fixed, value: 30}</c> and <c>demand.hourProfile=[...]</c> work.
/// </remarks>
public sealed partial class ScenarioEdit
{
    /// <summary>The "file" every edit's figures and problems are reported against.</summary>
    public const string Origin = "--set";

    // [0-9], not \d: \d also matches Arabic-Indic and full-width digits, which int.TryParse then refuses.
    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9]*)(\[(?<index>[0-9]+)\])?$")]
    private static partial Regex Segment();

    private readonly YamlNode _value;

    private ScenarioEdit(string path, YamlNode value, string valueText, string source)
    {
        Path = path;
        _value = value;
        ValueText = valueText;
        Source = source;
    }

    /// <summary>The dotted camelCase path, with <c>[n]</c> for an item of a list.</summary>
    public string Path { get; }

    /// <summary>The value as written (YAML).</summary>
    public string ValueText { get; }

    /// <summary>Where the edit was given, which its problems, from reading it to applying it, are reported against:
    /// <c>--set</c> (the n-th, by its position), or an option of its own (<c>--horizon</c>, a variant, <c>--vary</c>),
    /// which has no position. "--set:1:1" once named an option the user never gave.</summary>
    public string Source { get; }

    /// <summary>Reads <c>path=value</c>; throws <see cref="ScenarioException"/> reported against <paramref name="source"/>
    /// (the command line's <paramref name="position"/>-th <c>--set</c> unless another option is named).</summary>
    public static ScenarioEdit Parse(string assignment, int position = 1, string source = Origin)
    {
        int equals = assignment.IndexOf('=');
        string path = equals > 0 ? assignment[..equals].Trim() : assignment.Trim();
        if (equals <= 0) throw Error(source, position, path, $"'{assignment}' is not path=value (e.g. mash.staff.socialWorkers=10)");
        return Make(path, assignment[(equals + 1)..], source, position);
    }

    /// <summary>Reads every <c>path=value</c> in order, reporting every problem at once (the n-th against line n of the
    /// command line, or against <paramref name="source"/> when they were given by another option).</summary>
    public static IReadOnlyList<ScenarioEdit> ParseAll(IEnumerable<string> assignments, string source = Origin)
    {
        var edits = new List<ScenarioEdit>();
        var errors = new List<ScenarioError>();
        int position = 0;
        foreach (string assignment in assignments)
        {
            try
            {
                edits.Add(Parse(assignment, ++position, source));
            }
            catch (ScenarioException e)
            {
                errors.AddRange(e.Errors);
            }
        }
        return errors.Count > 0 ? throw new ScenarioException(errors) : edits;
    }

    /// <summary>An edit made by code whose value is YAML text already (a sweep's value, a fitted figure at its printed
    /// precision), reported against <paramref name="source"/>, the option it stands for.</summary>
    public static ScenarioEdit Of(string path, string valueText, string source = Origin) => Make(path, valueText, source, position: 1);

    /// <summary>An edit that puts <paramref name="text"/> at <paramref name="path"/> as text, whatever it looks like (a variant's name or description).</summary>
    public static ScenarioEdit Text(string path, string text) =>
        new(path, new YamlScalarNode(text) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted }, text, Origin);

    /// <summary>An edit made by code, with a typed value: a number (written round-trip, in the invariant culture), text,
    /// or a date; reported against <paramref name="source"/>, the option it stands for (<c>--horizon</c>).</summary>
    public static ScenarioEdit Set(string path, object value, string source = Origin) => Of(path, value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    }, source);

    public override string ToString() => $"{Path}={ValueText}";

    private static ScenarioEdit Make(string path, string valueText, string source, int position)
    {
        if (path.Split('.').Any(s => !Segment().IsMatch(s)))
            throw Error(source, position, path, "a path is names separated by dots, with [n] for an item of a list, n in the digits 0-9 (e.g. mash.checks.agencies[0].colocated)");
        // The same bounds as a scenario file: a value given on the command line may not be an alias bomb either.
        YamlInputLimits.Check(valueText, source, path, OriginOf(source, position).Line);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(valueText));
        }
        catch (Exception e) when (YamlInputLimits.IsParserFailure(e))
        {
            throw Error(source, position, path, $"'{valueText}' is not a valid YAML value: {e.Message}");
        }
        // "12\n---\n13" used the first document and showed both in the run's name.
        if (stream.Documents.Count > 1) throw Error(source, position, path, $"'{valueText}' holds {stream.Documents.Count} YAML documents (---); give one value");
        var value = stream.Documents.Count == 0 ? new YamlScalarNode("") : stream.Documents[0].RootNode;
        // A plain value is shown as YAML read it: "12 # two more" named the run "...-12-two-more".
        string shown = value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } plain } ? plain : valueText;
        return new ScenarioEdit(path, value, shown, source);
    }

    /// <summary>Where an edit from <paramref name="source"/> is reported: the <paramref name="position"/>-th <c>--set</c>, or an option with no position.</summary>
    private static NodeOrigin OriginOf(string source, int position) => source == Origin ? new(Origin, position, 1) : new(source, 0, 0);

    private static ScenarioException Error(string source, int position, string path, string message)
    {
        var at = OriginOf(source, position);
        return new([new ScenarioError(at.File, at.Line, at.Column, path, message)]);
    }

    /// <summary>Applies the edits in order to <paramref name="tree"/>, copying only the sections on each path so the tree they came from is untouched.</summary>
    /// <remarks>Edit i is reported as line <paramref name="firstPosition"/> + i of the command line; every problem is reported at once.</remarks>
    internal static YamlTree ApplyAll(YamlTree tree, IReadOnlyList<ScenarioEdit> edits, int firstPosition)
    {
        var edited = tree.Derive();
        var errors = new List<ScenarioError>();
        for (int i = 0; i < edits.Count; i++)
        {
            try
            {
                edits[i].ApplyTo(edited, OriginOf(edits[i].Source, firstPosition + i));
            }
            catch (ScenarioException e)
            {
                errors.AddRange(e.Errors);
            }
        }
        return errors.Count > 0 ? throw new ScenarioException(errors) : edited;
    }

    private void ApplyTo(YamlTree tree, NodeOrigin origin)
    {
        ScenarioException Fail(string message) => new([new ScenarioError(origin.File, origin.Line, origin.Column, Path, message)]);
        var segments = Path.Split('.');
        var value = Copy(_value);
        tree.Attribute(value, origin);

        // Copy on write: each section on the path is replaced by a copy of itself, so other variants sharing the base are unaffected.
        YamlNode current = tree.Root = (YamlMappingNode)tree.CopyOne(tree.Root);
        for (int s = 0; s < segments.Length; s++)
        {
            var match = Segment().Match(segments[s]);
            var key = new YamlScalarNode(match.Groups["name"].Value);
            tree.AttributeOne(key, origin);
            bool last = s == segments.Length - 1;
            if (current is not YamlMappingNode mapping) throw Fail($"'{string.Join('.', segments[..s])}' is a single value, not a section with '{key.Value}' in it");

            if (!match.Groups["index"].Success)
            {
                if (last)
                {
                    mapping.Children[key] = value;
                    return;
                }
                if (!mapping.Children.TryGetValue(key, out var next) || next is YamlScalarNode { Value: null or "" })
                {
                    next = new YamlMappingNode();
                    tree.AttributeOne(next, origin);
                }
                else
                {
                    next = tree.CopyOne(next);
                }
                mapping.Children[key] = next;
                current = next;
                continue;
            }

            string indexText = match.Groups["index"].Value;
            // An index past int.MaxValue is past the end of any list: "there is no [n]", like any other index too big.
            bool inRange = int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out int index);
            if (!mapping.Children.TryGetValue(key, out var listNode) || listNode is not YamlSequenceNode)
                throw Fail($"'{key.Value}' is not a list in this scenario, so it has no item [{indexText}]");
            var list = (YamlSequenceNode)tree.CopyOne(listNode);
            mapping.Children[key] = list;
            if (!inRange || index >= list.Children.Count) throw Fail($"'{key.Value}' has {list.Children.Count} item(s), so there is no [{indexText}]");
            if (last)
            {
                list.Children[index] = value;
                return;
            }
            current = list.Children[index] = tree.CopyOne(list.Children[index]);
        }
    }

    /// <summary>A fresh copy of the parsed value, so one edit applied to many variants never shares a node between their trees.</summary>
    private static YamlNode Copy(YamlNode node) => node switch
    {
        YamlScalarNode s => new YamlScalarNode(s.Value) { Style = s.Style, Tag = s.Tag },
        YamlSequenceNode q => new YamlSequenceNode(q.Children.Select(Copy)) { Style = q.Style },
        YamlMappingNode m => new YamlMappingNode(m.Children.Select(c => new KeyValuePair<YamlNode, YamlNode>(Copy(c.Key), Copy(c.Value)))) { Style = m.Style },
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.GetType().Name}."),
    };
}
