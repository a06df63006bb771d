using System.Globalization;
using CsvHelper;
using MashSim.Model.Recording.Events;
using MashSim.Outputs.Tables;

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

    public static string Time(DateTime epoch, MashSim.Kernel.SimTime time) =>
        epoch.AddMinutes(Math.Round(time.Minutes, 3)).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Writes the header line alone, so replications' files can follow it.</summary>
    public static void WriteHeader(string path)
    {
        using var csv = SummaryFiles.NewCsv(path);
        foreach (var column in Columns) csv.WriteField(column);
        csv.EndRecord();
    }

    /// <summary>Writes one replication's rows as they come, without a header; disposing flushes and closes the file.</summary>
    public sealed class Writer(string path, DateTime epoch, int replication) : IActivityObserver, IDisposable
    {
        private readonly CsvWriter _csv = SummaryFiles.NewCsv(path);

        public void OnActivity(in ActivityRecord r)
        {
            _csv.WriteField($"child-{r.ChildId}");
            _csv.WriteField(r.Activity);
            _csv.WriteField(Time(epoch, r.QueuedAt));
            _csv.WriteField(Time(epoch, r.StartedAt));
            _csv.WriteField(Time(epoch, r.EndedAt));
            _csv.WriteField(r.Resource);
            _csv.WriteField(r.WorkerId?.ToString(CultureInfo.InvariantCulture) ?? "");
            _csv.WriteField(r.ContactId?.ToString(CultureInfo.InvariantCulture) ?? "");
            _csv.WriteField(r.CaseId?.ToString(CultureInfo.InvariantCulture) ?? "");
            _csv.WriteField(r.Detail);
            _csv.WriteField(r.Rag);
            _csv.WriteField(r.Source?.ToString() ?? "");
            _csv.WriteField(r.Measured);
            _csv.WriteField(replication);
            _csv.EndRecord();
        }

        public void Dispose() => _csv.Dispose();
    }
}
