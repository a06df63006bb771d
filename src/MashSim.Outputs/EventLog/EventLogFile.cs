using System.Globalization;
using CsvHelper;
using MashSim.Model.Contacts;
using MashSim.Model.Recording.Events;
using MashSim.Outputs.Tables;
using MashSim.Outputs.Traces;

namespace MashSim.Outputs.EventLog;

/// <summary>events.csv: one row per activity of every contact and case, in the layout process-mining tools read (case, activity, timestamps, resource).</summary>
/// <remarks>
/// The case is the child (<c>child-N</c>), so a child's contacts and social-care episodes form one trace. Times are local
/// dates and times (ISO 8601, minutes) from the scenario's start date. Rows come in the order activities end.
/// </remarks>
public static class EventLogFile
{
    public const string FileName = "events.csv";

    public static readonly string[] Columns =
        ["case", "activity", "queued", "start", "end", "resource", "worker", "contact", "episode", "detail", "rag", "source", "measured", "replication"];

    /// <summary>How every time in the log is written (and read back).</summary>
    public const string TimeFormat = "yyyy-MM-ddTHH:mm:ss";

    /// <summary>A case's name in the log: the child, <c>child-N</c>.</summary>
    public const string CasePrefix = "child-";

    internal static ReadOnlySpan<byte> CasePrefixUtf8 => "child-"u8;

    public static string Time(DateTime epoch, MashSim.Kernel.SimTime time) => LocalTime(epoch, time).ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>The time a reader of the log reads back: <see cref="Time"/>'s, to the whole second (the format truncates the rest).</summary>
    public static DateTime TimeAsRead(DateTime epoch, MashSim.Kernel.SimTime time)
    {
        long ticks = LocalTime(epoch, time).Ticks;
        return new DateTime(ticks - ticks % TimeSpan.TicksPerSecond);
    }

    /// <summary>The local date and time the log gives <paramref name="time"/>: its minutes rounded to three places first, so float noise never tips a second.</summary>
    internal static DateTime LocalTime(DateTime epoch, MashSim.Kernel.SimTime time) => epoch.AddMinutes(Math.Round(time.Minutes, 3));

    /// <summary>Writes one replication's log, the header first, then rows as they come; disposing flushes and closes the file.</summary>
    /// <remarks>
    /// The fields the writer makes itself (the case, the times, the ids, the enum names) are formatted into a reused
    /// UTF-8 buffer and given to CsvHelper as bytes, so a row allocates nothing and CsvHelper still quotes every field
    /// by its rules; text that comes from the model (activity, detail, resource) goes in as strings. CsvHelper writes
    /// UTF-8 to the file itself rather than through a StreamWriter, which made it decode and re-encode every byte.
    /// The bytes are those of the earlier writer, which formatted each field as a string (the tests compare them).
    /// The rows are formatted and written on a thread of the writer's own (<see cref="WriterThread{T}"/>): the run's
    /// thread only copies each record. Given <c>choosers</c>, that thread also hands them each row as a reader of the
    /// file would read it, so the children to trace are known when the file is closed, without reading it back.
    /// </remarks>
    public sealed class Writer : IActivityObserver, IDisposable
    {
        private readonly CsvWriter _csv;
        private readonly LogTimeText _queued, _started, _ended;
        private readonly byte[] _buffer = new byte[64];
        private readonly int _replication;
        private readonly WriterThread<ActivityRecord> _rows;
        private readonly DateTime _epoch;
        private readonly ChildTraces.Choosers? _choosers;
        private long _line = 1;

        public Writer(string path, DateTime epoch, int replication, ChildTraces.Choosers? choosers = null)
        {
            (_epoch, _choosers) = (epoch, choosers);
            // The header goes first, so every replication's file is a whole events.csv (the first becomes it by a rename).
            _csv = WithHeader(SummaryFiles.NewCsv(path));
            (_queued, _started, _ended) = (LogTimeText.ForEventLog(epoch), LogTimeText.ForEventLog(epoch), LogTimeText.ForEventLog(epoch));
            _replication = replication;
            _rows = new WriterThread<ActivityRecord>($"{FileName} writer, replication {replication}", Write);
        }

        public void OnActivity(in ActivityRecord record) => _rows.Add(record);

        /// <summary>Writes every row handed over, then flushes and closes the file.</summary>
        public void Dispose()
        {
            try { _rows.Dispose(); }
            finally { _csv.Dispose(); }
        }

        private void Write(ReadOnlySpan<ActivityRecord> rows)
        {
            foreach (ref readonly var row in rows)
            {
                Write(row);
                _line++;
                _choosers?.Add(new ChoosingRow(row.ChildId, row.Activity, TimeAsRead(_epoch, row.QueuedAt), TimeAsRead(_epoch, row.EndedAt),
                    row.ContactId, row.CaseId, row.Measured, _replication, _line));
            }
        }

        private void Write(in ActivityRecord r)
        {
            Span<byte> buffer = _buffer;
            CasePrefixUtf8.CopyTo(buffer);
            r.ChildId.TryFormat(buffer[CasePrefixUtf8.Length..], out int digits, default, CultureInfo.InvariantCulture);
            _csv.WriteField(buffer[..(CasePrefixUtf8.Length + digits)]);
            _csv.WriteField(r.Activity);
            _csv.WriteField(_queued.Format(r.QueuedAt, buffer));
            _csv.WriteField(_started.Format(r.StartedAt, buffer));
            _csv.WriteField(_ended.Format(r.EndedAt, buffer));
            _csv.WriteField(r.Resource);
            WriteId(r.WorkerId);
            WriteId(r.ContactId);
            WriteId(r.CaseId);
            _csv.WriteField(r.Detail);
            _csv.WriteField(Utf8Name<RagRating>.Of(r.Rag));
            _csv.WriteField(r.Source is { } source ? Utf8Name<ContactSource>.Of(source) : []);
            _csv.WriteField(r.Measured);
            _csv.WriteField(_replication);
            _csv.EndRecord();
        }

        private static CsvWriter WithHeader(CsvWriter csv)
        {
            foreach (var column in Columns) csv.WriteField(column);
            csv.EndRecord();
            return csv;
        }

        /// <summary>An id, or an empty field when the row has none.</summary>
        private void WriteId(int? id)
        {
            if (id is { } value) _csv.WriteInt(value, _buffer);
            else _csv.WriteField(ReadOnlySpan<byte>.Empty);
        }
    }
}
