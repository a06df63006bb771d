using MashSim.Model.Parameters;

namespace MashSim.Experiments.Scenarios;

/// <summary>A scenario read from a file (or the built-in one), with the provenance of its figures and a name for where it came from.</summary>
public sealed record LoadedScenario(Scenario Scenario, IReadOnlyList<ProvenanceEntry> Provenance, string Source);
