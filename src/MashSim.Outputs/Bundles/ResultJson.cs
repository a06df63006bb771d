using System.Text.Json;
using System.Text.Json.Serialization;
using MashSim.Experiments.Sharding;

namespace MashSim.Outputs.Bundles;

/// <summary>The one JSON form of the files a later command reads back (partial results, sweep specs and points).</summary>
/// <remarks>Doubles round-trip exactly and NaN is written as "NaN", so what is merged or resumed is bit-for-bit what was run.</remarks>
public static class ResultJson
{
    public static readonly JsonSerializerOptions Compact = Create(indented: false);
    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    /// <summary>For the files people read (summary.json, manifest.json): indented, with '+', '&lt;' and quotes left as they are.</summary>
    public static readonly JsonSerializerOptions Readable = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = indented,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The "k/n" a results file records, read back; an <see cref="InvalidDataException"/> names the file when it is not a shard.</summary>
    public static Shard ReadShard(string file, string? text)
    {
        try
        {
            return Shard.Parse(text ?? "");
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{file}: shard: {e.Message}");
        }
    }
}
