using System.Reflection;
using System.Runtime.CompilerServices;
using MashSim.Experiments.Scenarios.Defaults;
using MashSim.Model.Parameters.Validation;
using YamlDotNet.RepresentationModel;

namespace MashSim.Experiments.Scenarios.Binding;

/// <summary>Binds a YAML tree onto immutable option records by reflection, collecting every error with its file, line and field.</summary>
/// <remarks>
/// Keys are the camelCase property names. Any value may be written plainly or as <c>{ value: x, source: "..." }</c> or
/// <c>{ value: x, assumption: "..." }</c>; a section may carry its own <c>source</c> or <c>assumption</c> for all it holds.
/// Every figure bound is written down in <see cref="Provenance"/>. Records that implement <see cref="IValidatable"/>
/// check themselves after binding, and their problems are reported at the line of the property at fault.
/// A field the records mark <c>required</c> and the file leaves out is taken from the built-in defaults
/// (<see cref="ScenarioDefaults"/>), cited as they cite it; one without a default there is an error.
/// </remarks>
internal sealed class ObjectBinder(YamlTree tree)
{
    private const string ValueKey = "value";
    private const string SourceKey = "source";
    private const string AssumptionKey = "assumption";

    /// <summary>The key each section was written under, so a problem with a whole section points at its name.</summary>
    private readonly Dictionary<YamlNode, YamlNode> _keyOf = new(ReferenceEqualityComparer.Instance);

    /// <summary>While a default is bound: the node of the scenario's own where the field was missing, so a problem inside the default is reported there.</summary>
    private YamlNode? _missingAt;

    public List<ScenarioError> Errors { get; } = [];
    public List<ProvenanceEntry> Provenance { get; } = [];

    public T Bind<T>() where T : class => (T)BindObject(typeof(T), tree.Root, "", null)!;

    private object? Bind(Type type, YamlNode node, string path, Citation? citation)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;

        if (!IsObject(type) && node is YamlMappingNode wrapper && wrapper.Children.ContainsKey(new YamlScalarNode(ValueKey)))
        {
            return BindWrapped(type, wrapper, path, citation);
        }
        if (ListElementType(type) is { } elementType) return BindList(type, elementType, node, path, citation);
        if (IsObject(type)) return BindObject(type, node, path, citation);
        return BindScalar(type, node, path, citation);
    }

    private object? BindWrapped(Type type, YamlMappingNode wrapper, string path, Citation? citation)
    {
        YamlNode? value = null;
        foreach (var (keyNode, child) in wrapper.Children)
        {
            string key = ((YamlScalarNode)keyNode).Value ?? "";
            if (key == ValueKey) value = child;
            else if (key is not (SourceKey or AssumptionKey)) Error(keyNode, Join(path, key), $"unknown key '{key}' beside 'value': only 'source' or 'assumption' may go with a value");
        }
        var own = ReadCitation(wrapper, path);
        return Bind(type, value!, path, own ?? citation);
    }

    private object? BindObject(Type type, YamlNode node, string path, Citation? citation)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(node, path, $"expected a section of keys and values here, not {Describe(node)}");
            return null;
        }
        var instance = Activator.CreateInstance(type)!;
        var properties = WritableProperties(type);
        bool hasCitationKeys = !properties.ContainsKey(SourceKey) && !properties.ContainsKey(AssumptionKey);
        // An object whose own 'source' property is given (a calibration target) cites it for its figures too.
        var own = hasCitationKeys ? ReadCitation(mapping, path)
            : properties.TryGetValue(SourceKey, out var sourceProperty) && sourceProperty.PropertyType == typeof(string)
              && mapping.Children.TryGetValue(new YamlScalarNode(SourceKey), out var sourceNode) && sourceNode is YamlScalarNode { Value: { Length: > 0 } cited }
                ? new Citation(ProvenanceKind.Source, cited) : null;
        int errorsBefore = Errors.Count;
        var keyNodes = new Dictionary<string, YamlNode>();
        bool isDefault = ScenarioDefaults.Tree.TryOriginOf(mapping, out _);

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (hasCitationKeys && key is SourceKey or AssumptionKey) continue;
            if (key == ScenarioDocuments.ExtendsKey && path.Length == 0) continue;
            if (!properties.TryGetValue(key, out var property))
            {
                Error(keyNode, Join(path, key), $"unknown key '{key}'{Suggestion(key, properties.Keys)}");
                continue;
            }
            // A list of items in the defaults is the template each item the scenario lists takes its defaults from, not an item itself.
            if (isDefault && ListElementType(property.PropertyType) is { } itemType && IsObject(itemType)) continue;
            keyNodes[key] = keyNode;
            _keyOf[valueNode] = keyNode;
            if (IsExplicitNull(valueNode))
            {
                if (IsNullable(property)) property.SetValue(instance, null);
                else Error(valueNode, Join(path, key), "needs a value here");
                continue;
            }
            var value = Bind(property.PropertyType, valueNode, Join(path, key), own ?? citation);
            if (value is not null) property.SetValue(instance, value);
        }

        foreach (var (name, property) in properties)
        {
            if (property.GetCustomAttribute<RequiredMemberAttribute>() is null || keyNodes.ContainsKey(name)) continue;
            if (ScenarioDefaults.Find(Join(path, name)) is { } found)
            {
                var value = BindDefault(property.PropertyType, found.Node, found.Sections, mapping, Join(path, name));
                if (value is not null) property.SetValue(instance, value);
            }
            else if (IsObject(property.PropertyType) && ListElementType(property.PropertyType) is null)
            {
                // A section left out whole: name each field it must give, where the section belongs.
                BindDefault(property.PropertyType, new YamlMappingNode(), [], mapping, Join(path, name));
            }
            else Error(mapping, Join(path, name), $"'{name}' is required here{RequiredHint(path)}");
        }

        if (Errors.Count == errorsBefore && instance is IValidatable validatable)
        {
            foreach (var problem in validatable.Validate())
            {
                var at = problem.Property.Length > 0 ? KeyNodeOf(mapping, problem.Property) ?? mapping : mapping;
                Error(at, problem.Property.Length > 0 ? Join(path, problem.Property) : path, problem.Message);
            }
        }
        return instance;
    }

    /// <summary>
    /// The key of <paramref name="property"/> in <paramref name="mapping"/>, or of a field of a section inside it when dotted (a check
    /// across sections, such as a meeting day against the hours, names the field it is about), as deep as the scenario gives it.
    /// </summary>
    private static YamlNode? KeyNodeOf(YamlMappingNode mapping, string property)
    {
        YamlNode? found = null;
        YamlNode node = mapping;
        foreach (string segment in property.Split('.'))
        {
            if (node is not YamlMappingNode section) break;
            var entry = section.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var key } && key == segment);
            if (entry.Key is null) break;
            (found, node) = (entry.Key, entry.Value);
        }
        return found;
    }

    /// <summary>Binds a built-in default, cited by its own wrapper or by the nearest section of the defaults that cites one.</summary>
    private object? BindDefault(Type type, YamlNode node, IReadOnlyList<YamlMappingNode> sections, YamlNode missingAt, string path)
    {
        Citation? citation = null;
        foreach (var section in sections) citation = ReadCitation(section, path) ?? citation;
        var outer = _missingAt;
        _missingAt ??= missingAt;
        try
        {
            return Bind(type, node, path, citation);
        }
        finally
        {
            _missingAt = outer;
        }
    }

    /// <summary>Where a required field belongs, so the message says what to add.</summary>
    private static string RequiredHint(string path) => path.Length == 0
        ? ""
        : $" (add it under '{path}'; the built-in defaults, {ScenarioDefaults.RepositoryPath}, list every field that may be left out)";

    private object? BindList(Type listType, Type elementType, YamlNode node, string path, Citation? citation)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, path, $"expected a list here (e.g. [1, 2, 3]), not {Describe(node)}");
            return null;
        }
        var array = Array.CreateInstance(elementType, sequence.Children.Count);
        bool scalars = !IsObject(elementType);
        for (int i = 0; i < sequence.Children.Count; i++)
        {
            var item = scalars ? BindScalar(Nullable.GetUnderlyingType(elementType) ?? elementType, sequence.Children[i], $"{path}[{i}]", citation, record: false)
                : Bind(elementType, sequence.Children[i], $"{path}[{i}]", citation);
            if (item is not null) array.SetValue(item, i);
        }
        if (scalars) Record(sequence, path, "[" + string.Join(", ", sequence.Children.Select(c => (c as YamlScalarNode)?.Value)) + "]", citation);
        return listType.IsArray ? array : Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType), array);
    }

    private object? BindScalar(Type type, YamlNode node, string path, Citation? citation, bool record = true)
    {
        if (node is not YamlScalarNode scalar)
        {
            Error(node, path, $"expected a single value here, not {Describe(node)}");
            return null;
        }
        var (value, problem) = ScalarParser.Parse(type, scalar.Value ?? "");
        if (problem is not null)
        {
            Error(node, path, problem);
            return null;
        }
        if (record && type != typeof(string)) Record(scalar, path, scalar.Value ?? "", citation);
        return value;
    }

    private Citation? ReadCitation(YamlMappingNode mapping, string path)
    {
        mapping.Children.TryGetValue(new YamlScalarNode(SourceKey), out var source);
        mapping.Children.TryGetValue(new YamlScalarNode(AssumptionKey), out var assumption);
        if (source is not null && assumption is not null)
        {
            Error(assumption, Join(path, AssumptionKey), "give either 'source' or 'assumption', not both: a figure is evidence or a guess");
            return null;
        }
        var node = source ?? assumption;
        if (node is null) return null;
        if (node is not YamlScalarNode { Value: { } text })
        {
            Error(node, Join(path, source is not null ? SourceKey : AssumptionKey), "must be text");
            return null;
        }
        return new Citation(source is not null ? ProvenanceKind.Source : ProvenanceKind.Assumption, text);
    }

    private void Record(YamlNode node, string path, string valueText, Citation? citation)
    {
        var origin = OriginOf(node);
        // Edits are reported against the option that gave them (--set, --horizon, --variant 'x'...), every one "--".
        var effective = origin.File.StartsWith("--", StringComparison.Ordinal) ? new Citation(ProvenanceKind.Assumption, $"set on the command line ({origin.File})")
            : origin.File == ScenarioDefaults.FileName && citation is not null ? citation with { Text = $"{BuiltInDefault}{citation.Text}" }
            : citation;
        Provenance.Add(new ProvenanceEntry(path, valueText, effective?.Kind ?? ProvenanceKind.Unstated, effective?.Text, origin.File, origin.Line));
    }

    /// <summary>How provenance.csv and scenario.resolved.yaml mark a value the file left out.</summary>
    public const string BuiltInDefault = "built-in default: ";

    private NodeOrigin OriginOf(YamlNode node) =>
        ScenarioDefaults.Tree.TryOriginOf(node, out var origin) ? origin : tree.OriginOf(node);

    private void Error(YamlNode node, string field, string message)
    {
        // A problem inside a built-in default is the scenario's: it is reported where the scenario left the field out.
        if (_missingAt is not null && !tree.TryOriginOf(node, out _)) node = _missingAt;
        var origin = OriginOf(node is YamlMappingNode && _keyOf.TryGetValue(node, out var key) ? key : node);
        Errors.Add(new ScenarioError(origin.File, origin.Line, origin.Column, field, message));
    }

    private static bool IsExplicitNull(YamlNode node) =>
        node is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted), Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a section of keys and values",
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"the value '{s.Value}'",
        _ => "this",
    };

    internal static bool IsObject(Type type) =>
        type.IsClass && type != typeof(string) && !type.IsArray && ListElementType(type) is null;

    internal static Type? ListElementType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (!type.IsGenericType) return null;
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>) || definition == typeof(List<>) || definition == typeof(IEnumerable<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    internal static Dictionary<string, PropertyInfo> WritableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], StringComparer.Ordinal);

    private static bool IsNullable(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable;

    private static string Suggestion(string key, IEnumerable<string> known)
    {
        var best = known.Select(k => (Key: k, Distance: Levenshtein(key.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(x => x.Distance).ThenBy(x => x.Key, StringComparer.Ordinal).FirstOrDefault();
        if (best.Key is not null && best.Distance <= Math.Max(2, key.Length / 3)) return $": did you mean '{best.Key}'?";
        return $" (known keys: {string.Join(", ", known.Order(StringComparer.Ordinal))})";
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }

    private sealed record Citation(ProvenanceKind Kind, string Text);
}
