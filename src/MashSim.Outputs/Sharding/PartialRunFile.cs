using System.Text.Json;
using MashSim.Model.Runs;
using MashSim.Outputs.Bundles;

namespace MashSim.Outputs.Sharding;

/// <summary>One shard's share of a run: the resolved scenario and every figure of the replications it ran, enough to merge into the whole.</summary>
/// <remarks>Kept as partial.json beside the shard's manifest; doubles are written in round-trip form so the merged files are byte-identical.</remarks>
public sealed record PartialRun(
    string Format,
    string MashSimVersion,
    string ScenarioYaml,
    long Seed,
    int Replications,
    string Shard,
    IReadOnlyList<RunResult> Runs);

/// <summary>Reads and writes partial.json.</summary>
public static class PartialRunFile
{
    public const string FileName = "partial.json";
    public const string CurrentFormat = "mashsim-partial-run/1";


    public static void Write(string folder, PartialRun partial)
    {
        using var stream = File.Create(Path.Combine(folder, FileName));
        JsonSerializer.Serialize(stream, partial with { Runs = partial.Runs.Select(r => r with { Contacts = null }).ToArray() }, ResultJson.Compact);
    }

    /// <summary>Reads a shard's partial.json; throws <see cref="InvalidDataException"/> naming the file when it is missing or unreadable.</summary>
    public static PartialRun Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!Directory.Exists(folder)) throw new InvalidDataException($"{folder}: no such folder.");
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: not found; merge takes the folders that runs with --shard wrote.");
        try
        {
            using var stream = File.OpenRead(path);
            var partial = JsonSerializer.Deserialize<PartialRun>(stream, ResultJson.Compact) ?? throw new InvalidDataException($"{path}: empty.");
            if (partial.Format != CurrentFormat) throw new InvalidDataException($"{path}: format '{partial.Format}' is not {CurrentFormat}.");
            if (partial.Runs is null || partial.ScenarioYaml is null) throw new InvalidDataException($"{path}: runs or scenarioYaml is missing.");
            return partial;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}:{(e.LineNumber ?? 0) + 1}: {e.Path}: not a partial result: {e.Message}");
        }
    }
}
