using MashSim.Experiments.Scenarios;

namespace MashSim.Outputs.Tables;

/// <summary>Writes provenance.csv: every figure the scenario file gave, and whether it cites a source, is marked an assumption, or says neither.</summary>
public static class ProvenanceFile
{
    public static void Write(string path, IReadOnlyList<ProvenanceEntry> provenance)
    {
        using var csv = SummaryFiles.NewCsv(path);
        foreach (var header in new[] { "field", "value", "kind", "citation", "line" }) csv.WriteField(header);
        csv.EndRecord();
        foreach (var entry in provenance)
        {
            csv.WriteField(entry.FieldPath);
            csv.WriteField(entry.ValueText);
            csv.WriteField(entry.Kind.ToString().ToLowerInvariant());
            csv.WriteField(entry.Citation ?? "");
            csv.WriteField(entry.Line);
            csv.EndRecord();
        }
    }
}
