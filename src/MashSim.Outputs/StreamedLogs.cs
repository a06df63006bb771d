using MashSim.Model.Parameters;
using MashSim.Model.Recording.ContactLog;
using MashSim.Model.Recording.Events;
using MashSim.Outputs.ContactLog;
using MashSim.Outputs.EventLog;

namespace MashSim.Outputs;

/// <summary>The logs a run writes while it runs, events.csv and contacts.csv, staged beside the results folders and moved into the run's folder at the end.</summary>
public sealed class StreamedLogs(string root, Scenario scenario, long seed, EventLogScope events) : IDisposable
{
    private readonly EventLogRecording _events = new(root, scenario, events);
    private readonly ContactLogRecording _contacts = new(root, scenario, seed);

    /// <summary>The observer that logs replication <paramref name="replication"/>'s activities, or null when it is not logged.</summary>
    public IActivityObserver? EventsOf(int replication) => _events.For(replication);

    /// <summary>The log of replication <paramref name="replication"/>'s contacts: replication 0's only.</summary>
    public IContactLog? ContactsOf(int replication) => _contacts.For(replication);

    /// <summary>Moves what was logged into <paramref name="folder"/>.</summary>
    public void WriteInto(string folder)
    {
        _events.WriteInto(folder);
        _contacts.WriteInto(folder);
    }

    public void Dispose()
    {
        _events.Dispose();
        _contacts.Dispose();
    }
}
