namespace MashSim.Experiments.Scenarios.Binding;

/// <summary>Where a YAML node was written: a file (or "--set") and a line and column in it.</summary>
internal readonly record struct NodeOrigin(string File, int Line, int Column);
