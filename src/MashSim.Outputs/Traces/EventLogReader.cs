using System.Globalization;
using CsvHelper;
using MashSim.Outputs.EventLog;

namespace MashSim.Outputs.Traces;

/// <summary>One row of events.csv, read back.</summary>
public sealed record EventRow(string Case, string Activity, DateTime Queued, DateTime Start, DateTime End, string Resource, string Worker,
    string Contact, string Episode, string Detail, string Rag, string Source, bool Measured, int Replication, long Line);

/// <summary>Reads events.csv a row at a time, so a long log is never held whole; throws <see cref="InvalidDataException"/> naming the file and line.</summary>
public static class EventLogReader
{
    public static IEnumerable<EventRow> Rows(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: not found.");
        using var csv = CsvReader.Create(new StreamReader(path),
            new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture, HasHeader = false, TrackLineNumbers = true }, leaveOpen: false);
        if (!csv.Read() || !Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).SequenceEqual(EventLogFile.Columns))
            throw new InvalidDataException($"{path}:1: the header is not {string.Join(',', EventLogFile.Columns)}; this is not a MashSim event log.");
        while (csv.Read())
        {
            long line = csv.LineNumber;
            if (csv.FieldCount != EventLogFile.Columns.Length) throw new InvalidDataException($"{path}:{line}: {csv.FieldCount} fields, not {EventLogFile.Columns.Length}.");
            DateTime Time(int field, string name) =>
                DateTime.TryParseExact(csv.GetString(field), "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
                    ? t : throw new InvalidDataException($"{path}:{line}: {name}: '{csv.GetString(field)}' is not a time like 2017-04-03T09:42:00.");
            yield return new EventRow(csv.GetString(0), csv.GetString(1), Time(2, "queued"), Time(3, "start"), Time(4, "end"), csv.GetString(5),
                csv.GetString(6), csv.GetString(7), csv.GetString(8), csv.GetString(9), csv.GetString(10), csv.GetString(11),
                csv.GetString(12) == "True", int.TryParse(csv.GetString(13), CultureInfo.InvariantCulture, out int r) ? r
                    : throw new InvalidDataException($"{path}:{line}: replication: '{csv.GetString(13)}' is not a number."), line);
        }
    }
}
