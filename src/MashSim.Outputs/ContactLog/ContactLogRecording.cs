using MashSim.Model.Parameters;
using MashSim.Model.Recording.ContactLog;

namespace MashSim.Outputs.ContactLog;

/// <summary>Streams the first replication's contacts.csv to a staging folder while the run runs, and moves it into the results folder at the end.</summary>
/// <remarks>The file goes in <c>staging</c>, which its owner (<see cref="StreamedLogs"/>) makes and removes. A run that does not hold replication 0 (a later shard) writes none.</remarks>
public sealed class ContactLogRecording(string staging, Scenario scenario, long seed)
{
    /// <summary>The log of replication <paramref name="replication"/>: a writer for replication 0, null for the others.</summary>
    public IContactLog? For(int replication) => replication == 0 ? new ContactLogFile.Writer(StagingFile, scenario, seed) : null;

    /// <summary>Moves the finished contacts.csv into <paramref name="folder"/>; nothing when replication 0 was not run here.</summary>
    public void WriteInto(string folder)
    {
        if (File.Exists(StagingFile)) File.Move(StagingFile, Path.Combine(folder, ContactLogFile.FileName));
    }

    private string StagingFile => Path.Combine(staging, ContactLogFile.FileName);
}
