using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Limits;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MashSim.Model.Parameters;

namespace MashSim.Outputs.Bundles;

/// <summary>Writes and reads manifest.json: MashSim's version and git commit, the command, how to rerun it, the seed, replications, threads, times and a hash of each scenario.</summary>
public static class ManifestFile
{
    public const string FileName = "manifest.json";

    /// <summary>A manifest records the command line, versions and hashes: a few kilobytes.</summary>
    private const long MaxBytes = 16L << 20;

    /// <summary>Stands for the results folder in rerun arguments, so a bundle reruns from wherever it has been copied.</summary>
    public const string BundlePlaceholder = "{bundle}";

    /// <summary>A file of the bundle, as rerun arguments name it.</summary>
    public static string InBundle(string fileName) => $"{BundlePlaceholder}/{fileName}";

    /// <summary>The version compiled in, "0.1.0+commit" when built from a git clone.</summary>
    public static string Version { get; } =
        typeof(ManifestFile).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The git commit the build came from, or null when it was built outside a git clone.</summary>
    public static string? GitCommit => Version.Split('+') is [_, var commit, ..] ? commit : null;

    /// <summary>A scenario's fingerprint: the SHA-256 of its resolved YAML.</summary>
    public static string Sha256(string resolvedYaml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(resolvedYaml)));

    /// <summary>Writes the manifest of a folder made from <paramref name="scenarios"/> (with their resolved YAML and where each came from).</summary>
    public static void Write(string folder, RunManifest manifest, IReadOnlyList<(ScenarioFile Scenario, string ResolvedYaml, string Source)> scenarios, long? eventsHandled = null)
    {
        var document = new JsonObject
        {
            ["mashsimVersion"] = Version,
            ["gitCommit"] = GitCommit,
            ["commandLine"] = manifest.CommandLine,
            ["rerunArguments"] = new JsonArray(manifest.RerunArguments.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
            ["seed"] = scenarios.Count > 0 ? scenarios[0].Scenario.Run.Seed : null,
            ["replications"] = scenarios.Count > 0 ? scenarios[0].Scenario.Run.Replications : null,
            ["threads"] = manifest.Threads,
            ["startedAt"] = manifest.StartedAt.ToString("O", CultureInfo.InvariantCulture),
            ["finishedAt"] = manifest.FinishedAt.ToString("O", CultureInfo.InvariantCulture),
            ["scenarios"] = new JsonArray(scenarios.Select(s => (JsonNode?)new JsonObject
            {
                ["name"] = s.Scenario.Name,
                ["source"] = s.Source,
                ["sha256"] = Sha256(s.ResolvedYaml),
            }).ToArray()),
        };
        if (manifest.Shard is not null) document["shard"] = manifest.Shard;
        if (manifest.MergedFrom is not null) document["mergedFrom"] = new JsonArray(manifest.MergedFrom.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray());
        if (eventsHandled is not null) document["eventsHandled"] = eventsHandled;
        File.WriteAllText(Path.Combine(folder, FileName), document.ToJsonString(ResultJson.Readable) + "\n");
    }

    /// <summary>What a folder's manifest records for a rerun: the arguments, and the MashSim version that made it; throws <see cref="InvalidDataException"/> naming the file when it cannot be rerun.</summary>
    public static (IReadOnlyList<string> Arguments, string? Version) ReadRerun(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: not found; is '{folder}' a MashSim results folder?");
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(InputFiles.ReadAllText(path, MaxBytes, "a manifest.json (a few kilobytes)"));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}:{e.LineNumber + 1}: not valid JSON: {e.Message}");
        }
        if (root?["rerunArguments"] is not JsonArray arguments || arguments.Count == 0 || arguments.Any(a => a?.GetValueKind() != JsonValueKind.String))
            throw new InvalidDataException($"{path}: rerunArguments: missing or not a list of strings; this folder cannot be rerun.");
        string command = arguments[0]!.GetValue<string>();
        // Only the commands that write results folders: a manifest naming rerun itself (its own folder) recursed for ever, one
        // nested scratch folder a level, and one naming serve would start a web server.
        if (!RerunCommands.Contains(command))
            throw new InvalidDataException($"{path}: rerunArguments: '{command}' is not a command that makes a results folder ({string.Join(", ", RerunCommands)}); this folder cannot be rerun.");
        string? version = root["mashsimVersion"]?.GetValueKind() == JsonValueKind.String ? root["mashsimVersion"]!.GetValue<string>() : null;
        return (arguments.Select(a => a!.GetValue<string>()).ToArray(), version);
    }

    /// <summary>The commands whose folders record how to make them again.</summary>
    public static readonly IReadOnlyList<string> RerunCommands = ["run", "calibrate", "compare", "sweep", "staff"];
}
