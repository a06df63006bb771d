using System.Globalization;
using CsvHelper;
using MashSim.Model.Contacts;
using MashSim.Model.Parameters;
using MashSim.Model.Recording.ContactLog;
using MashSim.Outputs.Children;
using MashSim.Outputs.EventLog;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs.ContactLog;

/// <summary>contacts.csv: one row per contact of the first replication, with the child it is about (id, an invented name, age) so trainers can follow a journey.</summary>
/// <remarks>
/// <c>childId</c> links contacts about the same child (as events.csv's case <c>child-N</c> does). The names are invented
/// (<see cref="ChildNames"/>) from the run's seed and the child id, so a child keeps its name across contacts and in its
/// traced journey, the file is the same every run, and no real child is described. The age is the model's.
/// </remarks>
public static class ContactLogFile
{
    public const string FileName = "contacts.csv";

    /// <summary>Writes the rows as the run passes its contacts on (in arrival order, each once final), so no contact is kept for the file.</summary>
    /// <remarks>
    /// Like events.csv's writer, the fields the writer makes itself (ids, the name, the times, the enum names, the
    /// missing checks) are formatted into a reused UTF-8 buffer and given to CsvHelper as bytes, which still quotes each
    /// by its rules: an England-sized year writes 2.6 million rows while its first replication runs, and formatting each
    /// field as a string (with a Bogus faker per row for the name) took that replication from 30 to 43 s.
    /// The run's thread only copies each contact's fields; they are formatted and written on the writer's own thread
    /// (<see cref="WriterThread{T}"/>).
    /// </remarks>
    public sealed class Writer : IContactLog, IDisposable
    {
        private static readonly string[] Columns = ["id", "childId", "child", "age", "source", "rag", "arrived", "outOfHours", "rated", "decided", "decision",
            "decisionWithin1WorkingDay", "flaggedOverdue", "checksRequested", "checksMissing", "left", "state"];

        private readonly CsvWriter _csv;
        private readonly long _seed;
        private readonly string[] _agencies;
        private readonly Dictionary<ulong, byte[]> _missing = new() { [0] = [] };
        private readonly LogTimeText _arrived, _rated, _decided, _left;
        private readonly byte[] _buffer = new byte[Math.Max(ChildNames.MaxShortLength, LogTimeText.MaxLength) + 16];
        private readonly WriterThread<Row> _rows;

        public Writer(string path, Scenario scenario, long seed)
        {
            var epoch = scenario.Run.Start.ToDateTime(TimeOnly.MinValue);
            (_arrived, _rated, _decided, _left) = (LogTimeText.ForContactLog(epoch), LogTimeText.ForContactLog(epoch), LogTimeText.ForContactLog(epoch), LogTimeText.ForContactLog(epoch));
            _seed = seed;
            _agencies = scenario.Mash.Checks.Agencies.Select(a => a.Name).ToArray();
            _csv = SummaryFiles.NewCsv(path);
            foreach (var header in Columns) _csv.WriteField(header);
            _csv.EndRecord();
            _rows = new WriterThread<Row>($"{FileName} writer", Write);
        }

        /// <summary>Copies what the row needs on the run's thread; the writer's thread formats and writes it.</summary>
        public void Add(Contact c) => _rows.Add(new Row(c));

        /// <summary>Writes every row handed over, then flushes and closes the file.</summary>
        public void Dispose()
        {
            try { _rows.Dispose(); }
            finally { _csv.Dispose(); }
        }

        private void Write(ReadOnlySpan<Row> rows)
        {
            foreach (ref readonly var row in rows) Write(row);
        }

        private void Write(in Row c)
        {
            _csv.WriteInt(c.Id, _buffer);
            _csv.WriteInt(c.ChildId, _buffer);
            _csv.WriteField(ChildNames.ShortUtf8(_seed, c.ChildId, _buffer));
            _csv.WriteInt(c.ChildAgeYears, _buffer);
            _csv.WriteField(Utf8Name<ContactSource>.Of(c.Source));
            _csv.WriteField(Utf8Name<RagRating>.Of(c.Rag));
            WriteTime(_arrived, c.ArrivedAt);
            _csv.WriteField(c.OutOfHours);
            WriteTime(_rated, c.RatedAt);
            WriteTime(_decided, c.DecidedAt);
            _csv.WriteField(c.Decision is { } decision ? Utf8Name<ThresholdDecision>.Of(decision) : []);
            _csv.WriteField(c.DecidedWithinOneWorkingDay);
            _csv.WriteField(c.FlaggedOverdue);
            _csv.WriteInt(c.ChecksRequested, _buffer);
            _csv.WriteField(Missing(c.ChecksMissingAtDecision));
            WriteTime(_left, c.LeftAt);
            _csv.WriteField(Utf8Name<ContactState>.Of(c.State));
            _csv.EndRecord();
        }

        /// <summary>A contact's row as the run passed it on: a copy, so the writer's thread reads nothing the run's thread holds.</summary>
        private readonly struct Row(Contact c)
        {
            public readonly int Id = c.Id, ChildId = c.ChildId, ChildAgeYears = c.ChildAgeYears, ChecksRequested = c.ChecksRequested;
            public readonly ContactSource Source = c.Source;
            public readonly RagRating Rag = c.Rag;
            public readonly ContactState State = c.State;
            public readonly bool OutOfHours = c.OutOfHours;
            public readonly bool DecidedWithinOneWorkingDay = c.DecidedAt <= c.DecisionDeadline;
            public readonly bool FlaggedOverdue = (c.DecidedAt ?? c.LeftAt ?? MashSim.Kernel.SimTime.MaxValue) > c.FlagDeadline;
            public readonly MashSim.Kernel.SimTime ArrivedAt = c.ArrivedAt;
            public readonly MashSim.Kernel.SimTime? RatedAt = c.RatedAt, DecidedAt = c.DecidedAt, LeftAt = c.LeftAt;
            /// <summary>The decision, once made (null before it).</summary>
            public readonly ThresholdDecision? Decision = c.DecidedAt is not null ? c.Decision : null;
            public readonly ulong ChecksMissingAtDecision = c.ChecksMissingAtDecision;
        }

        private void WriteTime(LogTimeText format, MashSim.Kernel.SimTime? time) =>
            _csv.WriteField(time is { } t ? format.Format(t, _buffer) : []);

        /// <summary>The agencies whose checks were missing at the decision, joined by ';' (few distinct sets recur, so each is made once).</summary>
        private byte[] Missing(ulong mask)
        {
            if (!_missing.TryGetValue(mask, out var text))
            {
                text = System.Text.Encoding.UTF8.GetBytes(string.Join(';', _agencies.Where((_, i) => (mask & (1UL << i)) != 0)));
                _missing.Add(mask, text);
            }
            return text;
        }
    }
}
