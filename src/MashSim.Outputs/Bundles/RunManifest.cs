namespace MashSim.Outputs.Bundles;

/// <summary>How a results folder was made: the command, how to make it again, the threads and the wall-clock times.</summary>
/// <remarks>Kept in manifest.json, out of the outcome files, so those stay byte-identical from one run to the next.</remarks>
public sealed record RunManifest(string CommandLine, int Threads, DateTime StartedAt, DateTime FinishedAt)
{
    /// <summary>The mashsim arguments that make this folder again from the files inside it (paths relative to the folder).</summary>
    public IReadOnlyList<string> RerunArguments { get; init; } = [];

    /// <summary>"k/n" when the folder holds one shard's partial result.</summary>
    public string? Shard { get; init; }

    /// <summary>The partial results a merged folder was made from.</summary>
    public IReadOnlyList<string>? MergedFrom { get; init; }
}
