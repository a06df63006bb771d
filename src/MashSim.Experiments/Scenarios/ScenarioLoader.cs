using MashSim.Experiments.Scenarios.Binding;
using MashSim.Experiments.Scenarios.Editing;

namespace MashSim.Experiments.Scenarios;

/// <summary>Reads scenarios: a YAML file with its <c>extends</c> chain and <c>--set</c> overrides, or the built-in default.</summary>
public static class ScenarioLoader
{
    public const string DefaultScenarioFile = "scenarios/cumbria-2017-11.yaml";
    private const string DefaultResource = "MashSim.Scenarios.Default.yaml";

    /// <summary>Loads and validates a scenario file; throws <see cref="ScenarioException"/> naming file, line and field for every problem.</summary>
    public static LoadedScenario Load(string path, IReadOnlyList<ScenarioEdit>? edits = null) =>
        Bind(ScenarioDocuments.LoadFile(path), path).With(edits ?? []);

    /// <summary>Loads scenario text (not from a file), e.g. one embedded in the app.</summary>
    public static LoadedScenario LoadText(string yaml, string displayName, IReadOnlyList<ScenarioEdit>? edits = null) =>
        Bind(ScenarioDocuments.LoadText(yaml, displayName), displayName).With(edits ?? []);

    /// <summary>The built-in default scenario (a copy of <see cref="DefaultScenarioFile"/> compiled into the app).</summary>
    public static LoadedScenario LoadDefault(IReadOnlyList<ScenarioEdit>? edits = null) =>
        LoadText(DefaultScenarioText(), $"built-in {DefaultScenarioFile}", edits);

    public static string DefaultScenarioText()
    {
        using var stream = typeof(ScenarioLoader).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The built-in scenario resource {DefaultResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The scenario as YAML in the file format, every value included, so it runs again exactly as it ran.</summary>
    public static string ToYaml(ScenarioFile scenario) => YamlWriter.ToYaml(scenario);

    /// <summary>The scenario as YAML with each value's citation from <paramref name="provenance"/>, built-in defaults marked: what scenario.resolved.yaml holds.</summary>
    public static string ToYaml(ScenarioFile scenario, IReadOnlyList<ProvenanceEntry> provenance) => YamlWriter.ToYaml(scenario, provenance);

    /// <summary>Binds and validates a tree; the one place a scenario is made from YAML.</summary>
    internal static LoadedScenario Bind(YamlTree tree, string source, int editCount = 0)
    {
        var binder = new ObjectBinder(tree);
        var scenario = binder.Bind<ScenarioFile>();
        if (binder.Errors.Count > 0) throw new ScenarioException(binder.Errors);
        return new LoadedScenario(MeasuredPeriod.Place(scenario), binder.Provenance, source) { Tree = tree, EditCount = editCount };
    }
}
