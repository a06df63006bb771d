using MashSim.Experiments.Scenarios.Binding;
using YamlDotNet.RepresentationModel;

namespace MashSim.Experiments.Scenarios.Defaults;

/// <summary>The built-in defaults (<c>scenario-defaults.yaml</c>): the one place a field a scenario file leaves out gets its value from.</summary>
/// <remarks>
/// The option records carry no values of their own; the binder fills a missing field from here, with the citation
/// written here, and reports a field that is neither in the file nor here as required. The file is compiled into
/// the app, so a scenario means the same on every machine.
/// </remarks>
internal static class ScenarioDefaults
{
    public const string FileName = "scenario-defaults.yaml";
    public const string RepositoryPath = "src/MashSim.Experiments/Scenarios/Defaults/" + FileName;
    private const string Resource = "MashSim.Scenarios.Defaults.yaml";

    private static readonly Lazy<YamlTree> Parsed = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The parsed defaults, each node knowing its line in <see cref="FileName"/>.</summary>
    public static YamlTree Tree => Parsed.Value;

    public static string Text()
    {
        using var stream = typeof(ScenarioDefaults).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The built-in defaults resource {Resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The default for a field at <paramref name="path"/> (e.g. <c>mash.checks.agencies[2].colocated</c>), with the
    /// sections it lies in, outermost first, so the nearest section's citation can cover it; null when there is none.
    /// An item of a list takes the defaults of the list's one template item.
    /// </summary>
    public static (YamlNode Node, IReadOnlyList<YamlMappingNode> Sections)? Find(string path)
    {
        YamlNode node = Tree.Root;
        var sections = new List<YamlMappingNode>();
        foreach (string segment in path.Split('.'))
        {
            int bracket = segment.IndexOf('[');
            string key = bracket < 0 ? segment : segment[..bracket];
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var child)) return null;
            sections.Add(mapping);
            node = child;
            if (bracket >= 0)
            {
                if (node is not YamlSequenceNode { Children.Count: > 0 } list) return null;
                node = list.Children[0];
            }
        }
        return (node, sections);
    }

    private static YamlTree Load()
    {
        var root = YamlTree.Parse(Text(), FileName);
        var tree = new YamlTree(root, FileName);
        tree.Attribute(root, FileName);
        return tree;
    }
}
