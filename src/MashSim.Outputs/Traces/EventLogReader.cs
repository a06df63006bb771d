using System.Globalization;
using CsvHelper;
using MashSim.Outputs.EventLog;

namespace MashSim.Outputs.Traces;

/// <summary>One row of events.csv, read back.</summary>
public sealed record EventRow(string Case, string Activity, DateTime Queued, DateTime Start, DateTime End, string Resource, string Worker,
    string Contact, string Episode, string Detail, string Rag, string Source, bool Measured, int Replication, long Line);

/// <summary>Reads events.csv a row at a time, so a long log is never held whole; throws <see cref="InvalidDataException"/> naming the file and line.</summary>
/// <remarks>
/// The log is tens of megabytes (about 3 GB for an England-sized year) and the report reads it twice, so the reading
/// is kept cheap: CsvHelper reads the file's UTF-8 bytes itself (not through a StreamReader, which made it transcode
/// every char back to UTF-8); the times, which the writer always writes as <c>yyyy-MM-ddTHH:mm:ss</c>, are read digit
/// by digit (anything else goes to the strict parser and its error); a reader that wants a few children's rows makes
/// strings only for theirs, and a lean read only for the fields choosing children needs. (CsvHelper's PoolStrings was
/// slower here: most of the log's strings are ids and times that do not repeat.)
/// </remarks>
public static class EventLogReader
{
    /// <summary>Every row, or with <paramref name="cases"/> only those cases' rows (the others are counted and skipped unread, the cheap part of a pass).</summary>
    /// <param name="path">The events.csv to read.</param>
    /// <param name="cases">With a set of cases (child-N), only their rows.</param>
    /// <param name="lean">
    /// Read only what choosing children needs (case, activity, queued, end, contact, episode, measured, replication):
    /// the other text fields come back empty and the start time as the end. An England-sized year's log is about 20
    /// million rows, and making every field's string was most of the report's time after the run.
    /// </param>
    public static IEnumerable<EventRow> Rows(string path, IEnumerable<string>? cases = null, bool lean = false)
    {
        var only = cases?.ToHashSet(StringComparer.Ordinal);
        var lookup = only?.GetAlternateLookup<ReadOnlySpan<char>>();
        var caseChars = new char[64];
        var activities = new FewValues();
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: not found.");
        using var csv = CsvReader.Create(File.OpenRead(path),
            new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture, HasHeader = false, TrackLineNumbers = true, Separator = ',' },
            leaveOpen: false);
        if (!csv.Read() || !Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).SequenceEqual(EventLogFile.Columns))
            throw new InvalidDataException($"{path}:1: the header is not {string.Join(',', EventLogFile.Columns)}; this is not a MashSim event log.");
        // Looks the case up without making its string (a UTF-8 field has at most as many chars as bytes).
        bool Wanted() => csv.GetSpan(0).Length <= caseChars.Length ? lookup!.Value.Contains(caseChars.AsSpan(0, csv.GetChars(0, caseChars))) : only!.Contains(csv.GetString(0));
        while (csv.Read())
        {
            long line = csv.LineNumber;
            if (csv.FieldCount != EventLogFile.Columns.Length) throw new InvalidDataException($"{path}:{line}: {csv.FieldCount} fields, not {EventLogFile.Columns.Length}.");
            if (only is not null && !Wanted()) continue;
            DateTime Time(int field, string name) =>
                TryReadTime(csv.GetSpan(field), out var t) || DateTime.TryParseExact(csv.GetString(field), EventLogFile.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out t)
                    ? t : throw new InvalidDataException($"{path}:{line}: {name}: '{csv.GetString(field)}' is not a time like 2017-04-03T09:42:00.");
            // In the order of the columns, so the first bad field is the one named.
            var queued = Time(2, "queued");
            var start = lean ? default : Time(3, "start");
            var end = Time(4, "end");
            bool measured = csv.GetSpan(12).SequenceEqual("True"u8);
            int replication = int.TryParse(csv.GetSpan(13), NumberStyles.Integer, CultureInfo.InvariantCulture, out int r) ? r
                : throw new InvalidDataException($"{path}:{line}: replication: '{csv.GetString(13)}' is not a number.");
            yield return lean
                ? new EventRow(csv.GetString(0), activities.Of(csv, 1), queued, end, end, "", "", csv.GetString(7), csv.GetString(8), "", "", "", measured, replication, line)
                : new EventRow(csv.GetString(0), activities.Of(csv, 1), queued, start, end, csv.GetString(5), csv.GetString(6), csv.GetString(7), csv.GetString(8),
                    csv.GetString(9), csv.GetString(10), csv.GetString(11), measured, replication, line);
        }
    }

    /// <summary>One string per distinct value of a field with few values (the activity), instead of one per row.</summary>
    private sealed class FewValues
    {
        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
        private readonly char[] _chars = new char[128];

        public string Of(CsvReader csv, int field)
        {
            if (csv.GetSpan(field).Length > _chars.Length || _values.Count > 10_000) return csv.GetString(field);
            var lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
            var chars = _chars.AsSpan(0, csv.GetChars(field, _chars));
            if (lookup.TryGetValue(chars, out var known)) return known;
            string value = chars.ToString();
            _values.Add(value, value);
            return value;
        }
    }

    /// <summary>
    /// Reads <c>yyyy-MM-ddTHH:mm:ss</c> exactly as written: four-digit year and two-digit parts, each in its range.
    /// False for anything else, which the caller hands to <see cref="DateTime.TryParseExact(string, string, IFormatProvider, DateTimeStyles, out DateTime)"/>,
    /// so what is accepted, and the value read, never differ from the strict parser's.
    /// </summary>
    internal static bool TryReadTime(ReadOnlySpan<byte> s, out DateTime time)
    {
        time = default;
        if (s.Length != 19 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':') return false;
        if (!Digits(s[..4], out int year) || !Digits(s.Slice(5, 2), out int month) || !Digits(s.Slice(8, 2), out int day)
            || !Digits(s.Slice(11, 2), out int hour) || !Digits(s.Slice(14, 2), out int minute) || !Digits(s.Slice(17, 2), out int second))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return false;
        time = new DateTime(year, month, day, hour, minute, second);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        foreach (byte b in s)
        {
            if (b is < (byte)'0' or > (byte)'9') return false;
            value = value * 10 + (b - '0');
        }
        return true;
    }
}
