using System.Globalization;
using CsvHelper;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Limits;

namespace MashSim.Outputs.Tables;

/// <summary>Writes provenance.csv: every figure the scenario file gave, and whether it cites a source, is marked an assumption, or says neither.</summary>
public static class ProvenanceFile
{
    public const string FileName = "provenance.csv";
    private static readonly string[] Headers = ["field", "value", "kind", "citation", "line"];

    public static void Write(string path, IReadOnlyList<ProvenanceEntry> provenance)
    {
        using var csv = SummaryFiles.NewCsv(path);
        foreach (var header in Headers) csv.WriteField(header);
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

    /// <summary>The largest provenance.csv read: one row per value of a scenario, whose text is at most a megabyte.</summary>
    private const long MaxBytes = 16L << 20;

    /// <summary>Reads a provenance.csv back (a rerun carries the original's: a resolved scenario keeps values, not citations); throws <see cref="InvalidDataException"/> naming the line.</summary>
    public static IReadOnlyList<ProvenanceEntry> Read(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: not found.");
        // A device or a pipe has no length, and /dev/zero as --provenance once read until memory ran out.
        using var csv = CsvReader.Create(new StreamReader(InputFiles.OpenBounded(path, MaxBytes, "a provenance.csv (a few tens of kilobytes)")),
            new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture, HasHeader = false, TrackLineNumbers = true }, leaveOpen: false);
        var entries = new List<ProvenanceEntry>();
        if (!csv.Read() || csv.FieldCount != Headers.Length || !Enumerable.Range(0, Headers.Length).Select(csv.GetString).SequenceEqual(Headers))
            throw new InvalidDataException($"{path}:1: the header is not {string.Join(',', Headers)}.");
        while (csv.Read())
        {
            long line = csv.LineNumber;
            if (csv.FieldCount != Headers.Length) throw new InvalidDataException($"{path}:{line}: {csv.FieldCount} fields, not {Headers.Length}.");
            string kindText = csv.GetString(2), citation = csv.GetString(3), lineText = csv.GetString(4);
            if (!Enum.TryParse<ProvenanceKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, out _))
                throw new InvalidDataException($"{path}:{line}: kind: '{kindText}' is not source, assumption or unstated.");
            if (!int.TryParse(lineText, NumberStyles.None, CultureInfo.InvariantCulture, out int sourceLine))
                throw new InvalidDataException($"{path}:{line}: line: '{lineText}' is not a line number.");
            entries.Add(new ProvenanceEntry(csv.GetString(0), csv.GetString(1), kind, citation.Length == 0 ? null : citation, path, sourceLine));
        }
        return entries;
    }
}
