using YamlDotNet.RepresentationModel;

namespace MashSim.Experiments.Scenarios.Binding;

/// <summary>Reads a scenario file and the chain of files it <c>extends</c>, and merges them into one tree (the child's values win).</summary>
/// <remarks>
/// Mappings merge key by key, recursively. A list of named items (each a mapping with a 'name', like the MASH's
/// agencies) merges item by item on the name, so a what-if can change one agency without restating the others;
/// any other list, and a single value, in the child replaces the base's whole.
/// </remarks>
internal static class ScenarioDocuments
{
    public const string ExtendsKey = "extends";

    /// <summary>The most files a chain of <c>extends</c> may hold beyond the first (the shipped ones go 4 deep).</summary>
    /// <remarks>A chain of 20,000 files took 19 s to validate, and one deep enough would have overflowed the stack.</remarks>
    public const int MaxExtendsDepth = 32;

    public static YamlTree LoadFile(string path)
    {
        string fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath)) throw new ScenarioException([new ScenarioError(path, 0, 0, "", "is a folder; give a scenario file such as scenarios/cumbria-2017-11.yaml")]);
        if (!File.Exists(fullPath)) throw new ScenarioException([new ScenarioError(path, 0, 0, "", "no such file")]);
        var tree = new YamlTree(new YamlMappingNode(), path);
        tree.Root = LoadWithBases(tree, fullPath, path, []);
        return tree;
    }

    /// <summary>Reads scenario text; its <c>extends</c> is looked for in <paramref name="baseDirectory"/> (the current folder when null).</summary>
    public static YamlTree LoadText(string text, string displayName, string? baseDirectory = null)
    {
        var tree = new YamlTree(new YamlMappingNode(), displayName);
        var root = YamlTree.Parse(text, displayName);
        tree.Attribute(root, displayName);
        tree.Files.Add(displayName);
        tree.Root = ResolveExtends(tree, root, displayName, baseDirectory ?? Directory.GetCurrentDirectory(), [displayName]);
        return tree;
    }

    private static YamlMappingNode LoadWithBases(YamlTree tree, string fullPath, string shownPath, List<string> chain)
    {
        string text;
        try
        {
            text = Limits.YamlInputLimits.ReadFile(fullPath, shownPath);
        }
        catch (IOException e)
        {
            throw new ScenarioException([new ScenarioError(shownPath, 0, 0, "", $"cannot be read: {e.Message}")]);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ScenarioException([new ScenarioError(shownPath, 0, 0, "", $"cannot be read: {e.Message}")]);
        }
        var root = YamlTree.Parse(text, shownPath);
        tree.Attribute(root, shownPath);
        tree.Files.Add(shownPath);
        return ResolveExtends(tree, root, shownPath, Path.GetDirectoryName(fullPath)!, [.. chain, fullPath]);
    }

    private static YamlMappingNode ResolveExtends(YamlTree tree, YamlMappingNode root, string shownPath, string directory, List<string> chain)
    {
        var key = new YamlScalarNode(ExtendsKey);
        if (!root.Children.TryGetValue(key, out var extendsNode)) return root;
        var origin = tree.OriginOf(extendsNode);
        if (extendsNode is not YamlScalarNode { Value: { Length: > 0 } basePath })
        {
            throw new ScenarioException([new ScenarioError(shownPath, origin.Line, origin.Column, ExtendsKey, "must name one scenario file, e.g. extends: cumbria-2017-11.yaml")]);
        }
        string baseFull = Path.GetFullPath(Path.Combine(directory, basePath));
        string baseShown = Path.GetRelativePath(Directory.GetCurrentDirectory(), baseFull);
        if (chain.Contains(baseFull, StringComparer.Ordinal))
        {
            var cycle = chain.SkipWhile(f => f != baseFull).Append(baseFull).Select(f => Path.GetFileName(f));
            throw new ScenarioException([new ScenarioError(shownPath, origin.Line, origin.Column, ExtendsKey, $"extends goes round in a cycle: {string.Join(" -> ", cycle)}")]);
        }
        if (!File.Exists(baseFull))
        {
            throw new ScenarioException([new ScenarioError(shownPath, origin.Line, origin.Column, ExtendsKey, $"the base scenario '{basePath}' does not exist (looked for {baseShown})")]);
        }
        if (chain.Count > MaxExtendsDepth)
        {
            throw new ScenarioException([new ScenarioError(shownPath, origin.Line, origin.Column, ExtendsKey,
                $"the chain of scenarios extending one another is more than {MaxExtendsDepth} files deep; join some of its files into one")]);
        }
        var baseRoot = LoadWithBases(tree, baseFull, baseShown, chain);
        var child = new YamlMappingNode();
        foreach (var (k, v) in root.Children)
        {
            if (!k.Equals(key)) child.Add(k, v);
        }
        tree.AttributeOne(child, tree.OriginOf(root));
        return Merge(tree, baseRoot, child);
    }

    public static YamlMappingNode Merge(YamlTree tree, YamlMappingNode baseNode, YamlMappingNode child)
    {
        var merged = new YamlMappingNode();
        tree.AttributeOne(merged, tree.OriginOf(child));
        // A key the child restates is the child's key node, so a problem with its value is reported in the child's file, at its line.
        var childKeys = child.Children.Keys.ToDictionary(k => k, k => k);
        foreach (var (baseKey, baseValue) in baseNode.Children)
        {
            if (!childKeys.TryGetValue(baseKey, out var key)) merged.Add(baseKey, baseValue);
            else if (baseValue is YamlMappingNode baseMap && child.Children[key] is YamlMappingNode childMap && !IsValueWrapper(childMap)) merged.Add(key, Merge(tree, baseMap, childMap));
            else if (baseValue is YamlSequenceNode baseList && child.Children[key] is YamlSequenceNode childList && IsNamedList(baseList) && IsNamedList(childList))
                merged.Add(key, MergeByName(tree, baseList, childList));
            else merged.Add(key, child.Children[key]);
        }
        foreach (var (key, childValue) in child.Children)
        {
            if (!baseNode.Children.ContainsKey(key)) merged.Add(key, childValue);
        }
        return merged;
    }

    private static readonly YamlScalarNode NameKey = new("name");

    private static bool IsNamedList(YamlSequenceNode list) =>
        list.Children.Count > 0 && list.Children.All(item => item is YamlMappingNode m && m.Children.TryGetValue(NameKey, out var name) && name is YamlScalarNode);

    private static YamlSequenceNode MergeByName(YamlTree tree, YamlSequenceNode baseList, YamlSequenceNode childList)
    {
        static string NameOf(YamlNode item) => ((YamlScalarNode)((YamlMappingNode)item).Children[NameKey]).Value ?? "";
        var childByName = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in childList.Children)
        {
            // Merging on the name needs each name once; the binder's own check would only see the merged list.
            if (!childByName.TryAdd(NameOf(item), item))
            {
                var origin = tree.OriginOf(item);
                throw new ScenarioException([new ScenarioError(origin.File, origin.Line, origin.Column, "", $"'{NameOf(item)}' is listed twice; each item of a list merged by name is named once")]);
            }
        }
        var merged = new YamlSequenceNode();
        tree.AttributeOne(merged, tree.OriginOf(childList));
        foreach (var item in baseList.Children)
        {
            merged.Add(childByName.Remove(NameOf(item), out var replacement)
                ? Merge(tree, (YamlMappingNode)item, (YamlMappingNode)replacement)
                : item);
        }
        foreach (var item in childList.Children.Where(i => childByName.ContainsKey(NameOf(i)))) merged.Add(item);
        return merged;
    }

    /// <summary>A <c>{ value: ..., source: ... }</c> mapping stands for one value, so a child's wrapper replaces the base's rather than merging into it.</summary>
    private static bool IsValueWrapper(YamlMappingNode node) => node.Children.ContainsKey(new YamlScalarNode("value"));
}
