using MashSim.Experiments.Scenarios.Binding;
using MashSim.Experiments.Scenarios.Editing;
using MashSim.Model.Parameters;

namespace MashSim.Experiments.Scenarios;

/// <summary>A scenario read from a file (or the built-in one), with the provenance of its figures and a name for where it came from.</summary>
/// <remarks>It keeps the tree it was bound from, so a variant (<see cref="With"/>) is made in memory, never by reading the file again.</remarks>
public sealed record LoadedScenario(ScenarioFile File, IReadOnlyList<ProvenanceEntry> Provenance, string Source)
{
    /// <summary>The model's part of the file.</summary>
    public Scenario Scenario { get; } = File.Model();

    internal YamlTree Tree { get; init; } = null!;

    /// <summary>How many edits made this scenario from its file, so later ones are numbered after them.</summary>
    internal int EditCount { get; init; }

    /// <summary>The one way to make a variant: this scenario with <paramref name="edits"/> applied to its tree, bound and validated again.</summary>
    /// <exception cref="ScenarioException">An edit does not fit the scenario, or the variant is not valid; every problem at once.</exception>
    public LoadedScenario With(IReadOnlyList<ScenarioEdit> edits) =>
        edits.Count == 0 ? this : ScenarioLoader.Bind(ScenarioEdit.ApplyAll(Tree, edits, EditCount + 1), Source, EditCount + edits.Count);

    /// <summary>This scenario under another name and description (a variant's), in its tree too, so later edits keep them; its figures are unchanged.</summary>
    public LoadedScenario Named(string name, string description) =>
        ScenarioLoader.Bind(ScenarioEdit.ApplyAll(Tree, [ScenarioEdit.Text("name", name), ScenarioEdit.Text("description", description)], EditCount + 1), Source, EditCount)
            with { Provenance = Provenance };
}
