using System.Reflection;
using System.Runtime.CompilerServices;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Binding;
using MashSim.Experiments.Scenarios.Citations;
using MashSim.Experiments.Scenarios.Defaults;
using MashSim.Model.Parameters;
using YamlDotNet.RepresentationModel;

namespace MashSim.Experiments.Tests.Scenarios;

/// <summary>Defaults live in one place, scenario-defaults.yaml, with citations; required fields are required; the option records hold no values of their own.</summary>
public class ScenarioDefaultsTests
{
    /// <summary>What a scenario must give itself: the local authority's own numbers. Everything else has a built-in default.</summary>
    private static readonly string[] Required =
    [
        "name", "population.children", "run.horizonDays", "run.warmupDays", "demand.contactsPerYear",
        "mash.staff.socialWorkers", "mash.staff.managers", "mash.checks.agencies[].name", "pathway.team.socialWorkers",
        "calibration[].outcome", "calibration[].value", "calibration[].source", "staffCosts[].role", "staffCosts[].perFtePerYear",
        "domesticAbuse.notificationsPerYear", "domesticAbuse.workers", "metHub.workers", "metHub.missingChildren.childrenPerYear",
        "metHub.exploitation.referralsPerYear", "earlyHelpHub.workers",
    ];

    private const string Minimal = """
        name: minimal
        population: { children: 9000 }
        run: { horizonDays: 100, warmupDays: 10 }
        demand: { contactsPerYear: 1500 }
        mash:
          staff: { socialWorkers: 8, managers: 2 }
          checks:
            agencies:
              - name: police
        pathway:
          team: { socialWorkers: 20 }
        """;

    [Fact]
    public void Every_field_is_either_required_or_defaulted_in_scenario_defaults_yaml_never_in_code()
    {
        var optional = new List<string>();
        var required = new List<string>();
        foreach (var (path, property) in Fields(typeof(ScenarioFile), ""))
        {
            bool mustBeGiven = property.GetCustomAttribute<RequiredMemberAttribute>() is not null;
            // A section is required or not by its fields (population is, for its number of children).
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (!mustBeGiven || (ObjectBinder.IsObject(type) && !IsWholeValue(type))) continue;
            if (ScenarioDefaults.Find(path.Replace("[]", "[0]")) is null) required.Add(path);
            else optional.Add(path);
        }
        Assert.Equal(Required.Order(), required.Order());
        Assert.True(optional.Count > 60, $"only {optional.Count} defaulted fields found");
    }

    [Fact]
    public void Every_default_in_the_file_is_a_field_of_the_scenario_format()
    {
        var fields = Fields(typeof(ScenarioFile), "").Select(f => f.Path).ToHashSet();
        var wholeValues = Fields(typeof(ScenarioFile), "")
            .Where(f => IsWholeValue(Nullable.GetUnderlyingType(f.Property.PropertyType) ?? f.Property.PropertyType)).Select(f => f.Path).ToHashSet();
        foreach (var path in DefaultPaths(ScenarioDefaults.Tree.Root, "", wholeValues))
        {
            Assert.True(fields.Contains(path), $"{ScenarioDefaults.FileName} gives '{path}', which is not a field of the scenario format");
        }
    }

    [Fact]
    public void Option_records_hold_no_figures_of_their_own()
    {
        // A record made in code without the binder has nothing but zeros, empty lists and nulls: no figure can come from C#.
        foreach (var type in RecordTypes(typeof(ScenarioFile)))
        {
            var instance = RuntimeHelpers.GetUninitializedObject(type);
            var constructed = type.GetConstructor(Type.EmptyTypes)?.Invoke(null) ?? instance;
            foreach (var (name, property) in ObjectBinder.WritableProperties(type))
            {
                var value = property.GetValue(constructed);
                bool empty = value is null || value is string { Length: 0 } || value is System.Collections.ICollection { Count: 0 }
                    || (property.PropertyType.IsValueType && value.Equals(Activator.CreateInstance(property.PropertyType)));
                Assert.True(empty, $"{type.Name}.{name} has a value in code ({value}); give it a default in {ScenarioDefaults.FileName}");
            }
        }
    }

    [Fact]
    public void A_field_left_out_takes_the_built_in_default_and_says_so_in_provenance_and_the_resolved_yaml()
    {
        var loaded = ScenarioLoader.LoadText(Minimal, "minimal.yaml");
        Assert.Equal(2, loaded.Scenario.Mash.Transfer.Steps);
        Assert.Equal(1.0, loaded.Scenario.Mash.Checks.Agencies[0].AskedProbability);

        var steps = loaded.Provenance.Single(e => e.FieldPath == "mash.transfer.steps");
        Assert.Equal((ProvenanceKind.Assumption, ScenarioDefaults.FileName), (steps.Kind, steps.File));
        Assert.StartsWith(ObjectBinder.BuiltInDefault, steps.Citation);
        var children = loaded.Provenance.Single(e => e.FieldPath == "population.children");
        Assert.Equal(("minimal.yaml", ProvenanceKind.Unstated), (children.File, children.Kind));

        string resolved = ScenarioLoader.ToYaml(loaded.File, loaded.Provenance);
        Assert.Contains("steps: {value: 2, assumption: \"built-in default: 002 describes", resolved);
        Assert.Contains("annualTurnover: {value: 0.151, source: \"built-in default: national, DfE workforce 2018", resolved);

        // Run again from the resolved file, it means the same and still says where each figure came from.
        var again = ScenarioLoader.LoadText(resolved, "resolved.yaml");
        Assert.Equal(resolved, ScenarioLoader.ToYaml(again.File, again.Provenance));
        Assert.Equal(ScenarioLoader.ToYaml(loaded.File), ScenarioLoader.ToYaml(again.File));
    }

    [Fact]
    public void A_required_field_left_out_is_reported_where_its_section_is()
    {
        string yaml = Minimal.Replace("staff: { socialWorkers: 8, managers: 2 }", "staff: { socialWorkers: 8 }");
        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(yaml, "minimal.yaml")).Errors);
        Assert.Equal(("minimal.yaml", 6, "mash.staff.managers"), (error.File, error.Line, error.Field));
        Assert.Contains("required", error.Message);

        // A section left out whole is reported at the top of the file, with each field it needed.
        string noDemand = Minimal.Replace("demand: { contactsPerYear: 1500 }\n", "");
        var missing = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(noDemand, "minimal.yaml")).Errors);
        Assert.Equal(("minimal.yaml", "demand.contactsPerYear"), (missing.File, missing.Field));
        string noPopulation = Minimal.Replace("population: { children: 9000 }\n", "");
        var children = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(noPopulation, "minimal.yaml")).Errors);
        Assert.Equal(("minimal.yaml", 1, "population.children"), (children.File, children.Line, children.Field));
    }

    [Fact]
    public void The_defaults_cite_only_documents_docs_sources_defines()
    {
        Assert.Empty(CitationCheck.Check(ScenarioLoader.LoadText(Minimal, "minimal.yaml")));
    }

    /// <summary>Every bindable field under <paramref name="type"/>: its path (list items as <c>[]</c>) and property. Whole values (distributions, mixes) count as one field.</summary>
    private static IEnumerable<(string Path, PropertyInfo Property)> Fields(Type type, string prefix)
    {
        foreach (var (name, property) in ObjectBinder.WritableProperties(type))
        {
            string path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            yield return (path, property);
            var inner = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (ObjectBinder.ListElementType(inner) is { } item && ObjectBinder.IsObject(item))
                foreach (var field in Fields(item, path + "[]")) yield return field;
            else if (ObjectBinder.IsObject(inner) && !IsWholeValue(inner))
                foreach (var field in Fields(inner, path)) yield return field;
        }
    }

    private static IEnumerable<Type> RecordTypes(Type root) =>
        Fields(root, "").Select(f => Nullable.GetUnderlyingType(f.Property.PropertyType) ?? f.Property.PropertyType)
            .Select(t => ObjectBinder.ListElementType(t) ?? t).Where(ObjectBinder.IsObject).Append(root).Distinct();

    /// <summary>The paths of the defaults file's fields, stopping at whole values (distributions, mixes); list templates as <c>[]</c>.</summary>
    private static IEnumerable<string> DefaultPaths(YamlMappingNode mapping, string prefix, IReadOnlySet<string> wholeValues)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            string key = ((YamlScalarNode)keyNode).Value!;
            if (key is "source" or "assumption") continue;
            string path = prefix.Length == 0 ? key : $"{prefix}.{key}";
            if (value is YamlSequenceNode { Children: [YamlMappingNode template] })
            {
                foreach (var inner in DefaultPaths(template, path + "[]", wholeValues)) yield return inner;
            }
            else if (value is YamlMappingNode section && !section.Children.ContainsKey(new YamlScalarNode("value")) && !wholeValues.Contains(path))
            {
                foreach (var inner in DefaultPaths(section, path, wholeValues)) yield return inner;
            }
            else yield return path;
        }
    }

    private static bool IsWholeValue(Type type) =>
        type == typeof(DistributionSpec) || (type.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(ShareMix<>));
}
