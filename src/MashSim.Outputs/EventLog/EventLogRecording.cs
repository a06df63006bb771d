using MashSim.Model.Parameters;
using MashSim.Model.Recording.Events;
using MashSim.Outputs.Traces;

namespace MashSim.Outputs.EventLog;

/// <summary>Which replications' activities go to events.csv.</summary>
public enum EventLogScope
{
    None,
    First,
    All,
}

/// <summary>Streams the event log of a run to disk while it runs, one staging file per replication, and joins them into the results folder at the end.</summary>
/// <remarks>
/// Replications run in parallel, so each writes its own file; they are joined in replication order, so the file does not
/// depend on the threads. The staging folder is <see cref="StreamedLogs"/>'s.
/// </remarks>
public sealed class EventLogRecording
{
    private readonly string _staging;
    private readonly DateTime _epoch;
    private readonly EventLogScope _scope;
    private readonly Scenario _scenario;
    private ChildTraces.Choosers? _reportChoosers;

    /// <remarks>Its files go in <paramref name="staging"/>, which its owner (<see cref="StreamedLogs"/>) makes and removes.</remarks>
    public EventLogRecording(string staging, Scenario scenario, EventLogScope scope)
    {
        _scope = scope;
        _scenario = scenario;
        _epoch = scenario.Run.Start.ToDateTime(TimeOnly.MinValue);
        _staging = staging;
    }

    /// <summary>The writer for replication <paramref name="replication"/>, or null when it is not logged.</summary>
    /// <remarks>Replication 0's also picks the children the report follows, as it writes.</remarks>
    public IActivityObserver? For(int replication)
    {
        if (!(_scope == EventLogScope.All || (_scope == EventLogScope.First && replication == 0))) return null;
        var choosers = replication == 0 ? _reportChoosers = Traces.ReportChildren.Choosers(_scenario) : null;
        return new EventLogFile.Writer(StagingFile(replication), _epoch, replication, choosers);
    }

    /// <summary>The children the report follows, picked as replication 0's log was written: null when it was not written here.</summary>
    /// <remarks>Read after replication 0 has ended (its writer disposed), when the writer's thread has finished with them.</remarks>
    public IReadOnlyList<IReadOnlyList<string>>? ReportChildren => _reportChoosers?.Chosen();

    /// <summary>Joins the replications' files into <paramref name="folder"/>/events.csv under one header; nothing when none was logged.</summary>
    /// <remarks>
    /// Each staged file starts with the header, so the first becomes events.csv by a rename (the staging folder sits
    /// beside the results folder): an England-sized year's log is about 3 GB, which copying took tens of seconds to
    /// write again. Later replications' files are appended to it without their header.
    /// </remarks>
    public void WriteInto(string folder)
    {
        if (_scope == EventLogScope.None) return;
        var files = Directory.GetFiles(_staging, "rep-*.csv").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0) return;
        if (files.Length > 1)
        {
            using var output = new FileStream(files[0], FileMode.Append);
            foreach (string file in files.Skip(1))
            {
                using var input = File.OpenRead(file);
                input.Seek(HeaderLength(input), SeekOrigin.Begin);
                input.CopyTo(output);
            }
        }
        File.Move(files[0], Path.Combine(folder, EventLogFile.FileName));
    }

    /// <summary>The bytes of the header line, its line end included (no column name holds a line break).</summary>
    private static long HeaderLength(Stream file)
    {
        int b;
        while ((b = file.ReadByte()) >= 0 && b != '\n') { }
        return file.Position;
    }

    private string StagingFile(int replication) => Path.Combine(_staging, $"rep-{replication:D6}.csv");
}
