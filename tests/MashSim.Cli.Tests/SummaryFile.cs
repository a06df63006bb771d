using System.Text.Json;

namespace MashSim.Cli.Tests;

/// <summary>Reads one outcome from a run's summary.json, as any downstream tool would.</summary>
internal sealed record SummaryFile(double Mean, double CiLow, double CiHigh, int Replications)
{
    public static SummaryFile Read(string folder, string outcomeId)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")));
        var outcome = document.RootElement.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("id").GetString() == outcomeId);
        return new SummaryFile(outcome.GetProperty("mean").GetDouble(), outcome.GetProperty("ci95Low").GetDouble(),
            outcome.GetProperty("ci95High").GetDouble(), outcome.GetProperty("replications").GetInt32());
    }

    public double HalfWidth => (CiHigh - CiLow) / 2;
    public bool Contains(double value) => CiLow <= value && value <= CiHigh;
}
