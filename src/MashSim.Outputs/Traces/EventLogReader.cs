using System.Globalization;
using CsvHelper;
using MashSim.Outputs.EventLog;

namespace MashSim.Outputs.Traces;

/// <summary>One row of events.csv, read back.</summary>
public sealed record EventRow(string Case, string Activity, DateTime Queued, DateTime Start, DateTime End, string Resource, string Worker,
    string Contact, string Episode, string Detail, string Rag, string Source, bool Measured, int Replication, long Line);

/// <summary>What choosing children reads of a row of events.csv: the ids as numbers (<see cref="EventLogReader.CaseOf"/> gives the case back).</summary>
public readonly record struct ChoosingRow(int Child, string Activity, DateTime Queued, DateTime End, int? Contact, int? Episode, bool Measured, int Replication, long Line);

/// <summary>Reads events.csv a row at a time, so a long log is never held whole; throws <see cref="InvalidDataException"/> naming the file and line.</summary>
/// <remarks>
/// The log is tens of megabytes (about 3 GB for an England-sized year) and the report reads it twice, so the reading
/// is kept cheap: CsvHelper reads the file's UTF-8 bytes itself (not through a StreamReader, which made it transcode
/// every char back to UTF-8); the times, which the writer always writes as <c>yyyy-MM-ddTHH:mm:ss</c>, are read digit
/// by digit (anything else goes to the strict parser and its error); a reader that wants a few children's rows makes
/// strings only for theirs, and the read for choosing children makes none but the activity's. (CsvHelper's PoolStrings was
/// slower here: most of the log's strings are ids and times that do not repeat.)
/// </remarks>
public static class EventLogReader
{
    /// <summary>Every row, or with <paramref name="cases"/> only those cases' rows (the others are counted and skipped unread, the cheap part of a pass).</summary>
    /// <param name="path">The events.csv to read.</param>
    /// <param name="cases">With a set of cases (child-N), only their rows.</param>
    public static IEnumerable<EventRow> Rows(string path, IEnumerable<string>? cases = null)
    {
        var only = cases?.ToHashSet(StringComparer.Ordinal);
        var lookup = only?.GetAlternateLookup<ReadOnlySpan<char>>();
        var caseChars = new char[64];
        var activities = new FewValues();
        var order = new TimeOrder(path);
        using var csv = Open(path);
        // Looks the case up without making its string (a UTF-8 field has at most as many chars as bytes).
        bool Wanted() => csv.GetSpan(0).Length <= caseChars.Length ? lookup!.Value.Contains(caseChars.AsSpan(0, csv.GetChars(0, caseChars))) : only!.Contains(csv.GetString(0));
        while (csv.Read())
        {
            long line = FieldCountChecked(csv, path);
            if (only is not null && !Wanted()) continue;
            // In the order of the columns, so the first bad field is the one named.
            var (queued, start, end) = (Time(csv, 2, "queued", path, line), Time(csv, 3, "start", path, line), Time(csv, 4, "end", path, line));
            var (measured, replication) = (Measured(csv, path, line), Replication(csv, path, line));
            // Rows skipped unread above are not checked: a read of every row (the report's first pass) checks them.
            if (only is null) order.Check(replication, end, line);
            yield return new EventRow(csv.GetString(0), activities.Of(csv, 1), queued, start, end, csv.GetString(5), csv.GetString(6), csv.GetString(7), csv.GetString(8),
                csv.GetString(9), csv.GetString(10), csv.GetString(11), measured, replication, line);
        }
    }

    /// <summary>
    /// Every row, with only what choosing children needs (child, activity, queued, end, contact, episode, measured,
    /// replication) and the ids as numbers: an England-sized year's log is about 20 million rows, and a string for
    /// each row's case, contact and episode was most of the report's time after the run.
    /// </summary>
    public static IEnumerable<ChoosingRow> RowsForChoosing(string path)
    {
        var activities = new FewValues();
        var order = new TimeOrder(path);
        using var csv = Open(path);
        while (csv.Read())
        {
            long line = FieldCountChecked(csv, path);
            var span = csv.GetSpan(0);
            int child = span.StartsWith(EventLogFile.CasePrefixUtf8) && int.TryParse(span[EventLogFile.CasePrefixUtf8.Length..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int c) ? c
                : throw new InvalidDataException($"{path}:{line}: case: '{csv.GetString(0)}' is not {EventLogFile.CasePrefix}N.");
            string activity = activities.Of(csv, 1);
            var (queued, end) = (Time(csv, 2, "queued", path, line), Time(csv, 4, "end", path, line));
            var (contact, episode) = (Id(csv, 7, "contact", path, line), Id(csv, 8, "episode", path, line));
            var (measured, replication) = (Measured(csv, path, line), Replication(csv, path, line));
            order.Check(replication, end, line);
            yield return new ChoosingRow(child, activity, queued, end, contact, episode, measured, replication, line);
        }
    }

    /// <summary>The case of child <paramref name="child"/>, as the log writes it.</summary>
    public static string CaseOf(int child) => EventLogFile.CasePrefix + child.ToString(CultureInfo.InvariantCulture);

    /// <summary>The log, past its header (checked: a file that is not a MashSim event log is refused at line 1).</summary>
    private static CsvReader Open(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: not found.");
        // A device or a pipe has no length, and would be read for ever (or, a pipe with no writer, never opened).
        if (MashSim.Experiments.Scenarios.Limits.InputFiles.Length(path) == 0) throw new InvalidDataException($"{path}: empty, or not a file; this is not a MashSim event log.");
        var csv = CsvReader.Create(File.OpenRead(path),
            new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture, HasHeader = false, TrackLineNumbers = true, Separator = ',' },
            leaveOpen: false);
        if (!csv.Read() || !Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).SequenceEqual(EventLogFile.Columns))
        {
            csv.Dispose();
            throw new InvalidDataException($"{path}:1: the header is not {string.Join(',', EventLogFile.Columns)}; this is not a MashSim event log.");
        }
        return csv;
    }

    /// <summary>The row's line, once it is known to have every column.</summary>
    private static long FieldCountChecked(CsvReader csv, string path)
    {
        long line = csv.LineNumber;
        return csv.FieldCount == EventLogFile.Columns.Length ? line
            : throw new InvalidDataException($"{path}:{line}: {csv.FieldCount} fields, not {EventLogFile.Columns.Length}.");
    }

    private static DateTime Time(CsvReader csv, int field, string name, string path, long line) =>
        TryReadTime(csv.GetSpan(field), out var t) || DateTime.TryParseExact(csv.GetString(field), EventLogFile.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out t)
            ? t : throw new InvalidDataException($"{path}:{line}: {name}: '{csv.GetString(field)}' is not a time like 2017-04-03T09:42:00.");

    private static bool Measured(CsvReader csv, string path, long line)
    {
        var span = csv.GetSpan(12);
        return span.SequenceEqual("True"u8) || (span.SequenceEqual("False"u8) ? false
            : throw new InvalidDataException($"{path}:{line}: measured: '{csv.GetString(12)}' is not True or False."));
    }

    /// <summary>The writer logs each replication's rows in the order they end, replication after replication; readers
    /// rely on it (a week's replay stops at the week's end), so an edited or sorted log is refused, not misread.</summary>
    private sealed class TimeOrder(string path)
    {
        private int _replication = int.MinValue;
        private DateTime _end;

        public void Check(int replication, DateTime end, long line)
        {
            if (replication < _replication || (replication == _replication && end < _end))
                throw new InvalidDataException($"{path}:{line}: replication {replication}, end {end.ToString(EventLogFile.TimeFormat, CultureInfo.InvariantCulture)} comes after " +
                                               $"replication {_replication}, end {_end.ToString(EventLogFile.TimeFormat, CultureInfo.InvariantCulture)}; the log is written in that order, so this one has been edited or re-sorted.");
            (_replication, _end) = (replication, end);
        }
    }

    private static int Replication(CsvReader csv, string path, long line) =>
        int.TryParse(csv.GetSpan(13), NumberStyles.Integer, CultureInfo.InvariantCulture, out int r) ? r
            : throw new InvalidDataException($"{path}:{line}: replication: '{csv.GetString(13)}' is not a number.");

    /// <summary>An id column: a number (cases open before the run have negative ids), or null when the row has none.</summary>
    private static int? Id(CsvReader csv, int field, string name, string path, long line)
    {
        var span = csv.GetSpan(field);
        if (span.IsEmpty) return null;
        return int.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int id) ? id
            : throw new InvalidDataException($"{path}:{line}: {name}: '{csv.GetString(field)}' is not an id.");
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
