using MashSim.Model.Parameters;
using MashSim.Model.Recording.ContactLog;
using MashSim.Model.Recording.Events;
using MashSim.Outputs.ContactLog;
using MashSim.Outputs.EventLog;

namespace MashSim.Outputs;

/// <summary>The logs a run writes while it runs, events.csv and contacts.csv, staged beside the results folders and moved into the run's folder at the end.</summary>
/// <remarks>
/// One staging folder beside the results folders (so the logs are moved, not copied), removed whatever happens, so a
/// run that fails leaves no half-written log anywhere. It is named after the process (<see cref="Folders.IncompleteFolders"/>),
/// so the folder of a run killed outright is cleared by the next run.
/// </remarks>
public sealed class StreamedLogs : IDisposable
{
    private readonly string _root, _staging;
    private readonly bool _rootIsNew;
    private readonly EventLogRecording _events;
    private readonly ContactLogRecording _contacts;

    public StreamedLogs(string root, Scenario scenario, long seed, EventLogScope events)
    {
        _root = root;
        _rootIsNew = !Directory.Exists(root);
        _staging = Path.Combine(root, Folders.IncompleteFolders.NewName());
        Directory.CreateDirectory(_staging);
        _events = new EventLogRecording(_staging, scenario, events);
        _contacts = new ContactLogRecording(_staging, scenario, seed);
    }

    /// <summary>The observer that logs replication <paramref name="replication"/>'s activities, or null when it is not logged.</summary>
    public IActivityObserver? EventsOf(int replication) => _events.For(replication);

    /// <summary>The log of replication <paramref name="replication"/>'s contacts: replication 0's only.</summary>
    public IContactLog? ContactsOf(int replication) => _contacts.For(replication);

    /// <summary>The children the report follows, chosen as replication 0's event log was written; null when it was not written here. Read it after the run.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? ReportChildren => _events.ReportChildren;

    /// <summary>Moves what was logged into <paramref name="folder"/>.</summary>
    public void WriteInto(string folder)
    {
        _events.WriteInto(folder);
        _contacts.WriteInto(folder);
    }

    /// <summary>Removes the staging folder, and the results root too if this run made it and nothing else is in it (a run that failed or was stopped).</summary>
    public void Dispose()
    {
        if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        if (!_rootIsNew || !Directory.Exists(_root) || Directory.EnumerateFileSystemEntries(_root).Any()) return;
        try
        {
            Directory.Delete(_root);
        }
        catch (IOException)
        {
            // Another run wrote into it meanwhile: it is theirs now.
        }
    }
}
