namespace MashSim.Experiments.Scenarios;

/// <summary>Whether a figure in a scenario is evidence (a cited source), a stated assumption, or neither.</summary>
public enum ProvenanceKind
{
    Source,
    Assumption,
    Unstated,
}
