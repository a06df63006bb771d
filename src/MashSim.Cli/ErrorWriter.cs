namespace MashSim.Cli;

/// <summary>The stream for error messages, kept apart from the terminal so scripts can separate them.</summary>
public sealed record ErrorWriter(TextWriter Writer);
