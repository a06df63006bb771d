namespace MashSim.Experiments.Scenarios;

/// <summary>A figure a scenario file gave, with where it came from: the field, the value as written, its kind and citation, and its line.</summary>
public sealed record ProvenanceEntry(string FieldPath, string ValueText, ProvenanceKind Kind, string? Citation, string File, int Line)
{
    /// <summary>The file left this figure out and it came from the built-in defaults (scenario-defaults.yaml).</summary>
    public bool IsBuiltInDefault => File == Defaults.ScenarioDefaults.FileName;
}
