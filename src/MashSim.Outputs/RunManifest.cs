namespace MashSim.Outputs;

/// <summary>How a run was made: the command, the threads and the wall-clock times (kept out of the outcome files so those stay byte-identical).</summary>
public sealed record RunManifest(string CommandLine, int Threads, DateTime StartedAt, DateTime FinishedAt);
