using MashSim.Experiments.Scenarios.Limits;
using System.Runtime.CompilerServices;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MashSim.Experiments.Scenarios.Binding;

/// <summary>A scenario's YAML after <c>extends:</c> and <c>--set</c> are applied, remembering which file and line each node came from.</summary>
internal sealed class YamlTree
{
    private readonly ConditionalWeakTable<YamlNode, OriginBox> _origins;

    public YamlTree(YamlMappingNode root, string rootFile) : this(root, rootFile, new())
    {
    }

    private YamlTree(YamlMappingNode root, string rootFile, ConditionalWeakTable<YamlNode, OriginBox> origins)
    {
        Root = root;
        RootFile = rootFile;
        _origins = origins;
    }

    public YamlMappingNode Root { get; set; }
    public string RootFile { get; }
    public List<string> Files { get; } = [];

    public NodeOrigin OriginOf(YamlNode node) =>
        _origins.TryGetValue(node, out var box) ? box.Origin : new NodeOrigin(RootFile, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>The origin recorded for <paramref name="node"/>, if this tree recorded one.</summary>
    public bool TryOriginOf(YamlNode node, out NodeOrigin origin)
    {
        bool found = _origins.TryGetValue(node, out var box);
        origin = box?.Origin ?? default!;
        return found;
    }

    /// <summary>Records that <paramref name="node"/> and everything under it came from <paramref name="file"/>.</summary>
    public void Attribute(YamlNode node, string file)
    {
        foreach (var descendant in node.AllNodes)
        {
            _origins.AddOrUpdate(descendant, new OriginBox(new NodeOrigin(file, (int)descendant.Start.Line, (int)descendant.Start.Column)));
        }
    }

    /// <summary>Records the origin of one node (a mapping made by merging), leaving its children's own.</summary>
    public void AttributeOne(YamlNode node, NodeOrigin origin) => _origins.AddOrUpdate(node, new OriginBox(origin));

    /// <summary>Records a fixed origin (a command-line override) for <paramref name="node"/> and everything under it.</summary>
    public void Attribute(YamlNode node, NodeOrigin origin)
    {
        foreach (var descendant in node.AllNodes) _origins.AddOrUpdate(descendant, new OriginBox(origin));
    }

    /// <summary>A tree for a variant: the same nodes and origins, to be changed only by replacing nodes (<see cref="CopyOne"/>), never in place.</summary>
    public YamlTree Derive()
    {
        var derived = new YamlTree(Root, RootFile, _origins);
        derived.Files.AddRange(Files);
        return derived;
    }

    /// <summary>A shallow copy of a section or list (the same children), from the same origin; a single value is returned as it is.</summary>
    public YamlNode CopyOne(YamlNode node)
    {
        YamlNode copy = node switch
        {
            YamlMappingNode m => new YamlMappingNode(m.Children) { Style = m.Style },
            YamlSequenceNode q => new YamlSequenceNode(q.Children) { Style = q.Style },
            _ => node,
        };
        if (!ReferenceEquals(copy, node)) AttributeOne(copy, OriginOf(node));
        return copy;
    }

    /// <summary>Parses one YAML document whose top level must be a mapping; syntax errors become a <see cref="ScenarioException"/>.</summary>
    public static YamlMappingNode Parse(string text, string file)
    {
        YamlInputLimits.Check(text, file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            string message = e.InnerException is { } inner && !string.IsNullOrEmpty(inner.Message) ? inner.Message : e.Message;
            var (line, column) = message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndent(text) is { } tab ? tab : ((int)e.Start.Line, (int)e.Start.Column);
            throw new ScenarioException([new ScenarioError(file, line, column, "", $"not valid YAML: {Tidy(message)}")]);
        }
        catch (Exception e) when (YamlInputLimits.IsParserFailure(e))
        {
            // YamlDotNet fails on some malformed text without saying where.
            var (line, column) = YamlInputLimits.LikelyPlaceOfFailure(text);
            throw new ScenarioException([new ScenarioError(file, line, column, "", $"not valid YAML at or near here: {Tidy(e.Message)}")]);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            throw new ScenarioException([new ScenarioError(file, 1, 1, "", "the file is empty: a scenario is a YAML mapping with at least 'name'")]);
        }
        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            throw new ScenarioException([new ScenarioError(file, (int)second.Start.Line, (int)second.Start.Column, "", "a scenario file holds one YAML document, not several")]);
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            throw new ScenarioException([new ScenarioError(file, (int)node.Start.Line, (int)node.Start.Column, "", "a scenario must be a YAML mapping of keys to values")]);
        }
        return root;
    }

    private static string Tidy(string message)
    {
        int parenthesis = message.IndexOf("): ", StringComparison.Ordinal);
        return (message.StartsWith("(Line", StringComparison.Ordinal) && parenthesis > 0 ? message[(parenthesis + 3)..] : message).Trim();
    }

    private sealed class OriginBox(NodeOrigin origin)
    {
        public NodeOrigin Origin { get; } = origin;
    }

    /// <summary>Where the first tab in a line's indentation is (1-based), or null: YamlDotNet reports a tab used to indent
    /// at the start of the enclosing mapping (line 1) or at the end of the line before, not where the tab is.</summary>
    private static (int Line, int Column)? FirstTabIndent(string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int indent = 0;
            while (indent < lines[i].Length && lines[i][indent] is ' ' or '\t')
            {
                if (lines[i][indent] == '\t') return (i + 1, indent + 1);
                indent++;
            }
        }
        return null;
    }
}
