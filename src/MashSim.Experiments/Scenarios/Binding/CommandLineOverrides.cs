using MashSim.Experiments.Scenarios.Limits;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace MashSim.Experiments.Scenarios.Binding;

/// <summary>Applies <c>--set path=value</c> overrides to a scenario tree, before binding, so they are checked like the file itself.</summary>
/// <remarks>The value is YAML, so <c>--set mash.screeningMinutes="{dist: fixed, value: 30}"</c> and <c>--set demand.hourProfile=[...]</c> work.</remarks>
internal static partial class CommandLineOverrides
{
    public const string File = "--set";

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9]*)(\[(?<index>\d+)\])?$")]
    private static partial Regex Segment();

    public static void Apply(YamlTree tree, IReadOnlyList<string> overrides)
    {
        var errors = new List<ScenarioError>();
        for (int i = 0; i < overrides.Count; i++)
        {
            try
            {
                ApplyOne(tree, overrides[i], new NodeOrigin(File, i + 1, 1));
            }
            catch (ScenarioException e)
            {
                errors.AddRange(e.Errors);
            }
        }
        if (errors.Count > 0) throw new ScenarioException(errors);
    }

    private static void ApplyOne(YamlTree tree, string assignment, NodeOrigin origin)
    {
        int equals = assignment.IndexOf('=');
        string path = equals > 0 ? assignment[..equals].Trim() : assignment.Trim();
        ScenarioException Error(string message) => new([new ScenarioError(origin.File, origin.Line, origin.Column, path, message)]);
        if (equals <= 0) throw Error($"'{assignment}' is not path=value (e.g. mash.staff.socialWorkers=10)");

        var segments = path.Split('.');
        if (segments.Any(s => !Segment().IsMatch(s))) throw Error("a path is names separated by dots, with [n] for an item of a list (e.g. mash.checks.agencies[0].colocated)");
        var value = ParseValue(assignment[(equals + 1)..], origin, path);
        tree.Attribute(value, origin);

        YamlNode current = tree.Root;
        for (int s = 0; s < segments.Length; s++)
        {
            var match = Segment().Match(segments[s]);
            var key = new YamlScalarNode(match.Groups["name"].Value);
            tree.AttributeOne(key, origin);
            bool last = s == segments.Length - 1;
            bool indexed = match.Groups["index"].Success;
            if (current is not YamlMappingNode mapping) throw Error($"'{string.Join('.', segments[..s])}' is a single value, not a section with '{key.Value}' in it");

            if (!indexed)
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
                    mapping.Children[key] = next;
                }
                current = next;
                continue;
            }

            int index = int.Parse(match.Groups["index"].Value);
            if (!mapping.Children.TryGetValue(key, out var listNode) || listNode is not YamlSequenceNode list)
                throw Error($"'{key.Value}' is not a list in this scenario, so it has no item [{index}]");
            if (index >= list.Children.Count) throw Error($"'{key.Value}' has {list.Children.Count} item(s), so there is no [{index}]");
            if (last)
            {
                list.Children[index] = value;
                return;
            }
            current = list.Children[index];
        }
    }

    private static YamlNode ParseValue(string text, NodeOrigin origin, string path)
    {
        YamlInputLimits.Check(text, origin.File, path, origin.Line);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception e) when (YamlInputLimits.IsParserFailure(e))
        {
            throw new ScenarioException([new ScenarioError(origin.File, origin.Line, origin.Column, path, $"'{text}' is not a valid YAML value: {e.Message}")]);
        }
        return stream.Documents.Count == 0 ? new YamlScalarNode("") : stream.Documents[0].RootNode;
    }
}
