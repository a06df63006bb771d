using MashSim.Model.Parameters;
using MashSim.Model.Recording.ContactLog;

namespace MashSim.Outputs.ContactLog;

/// <summary>Streams the first replication's contacts.csv to a staging folder while the run runs, and moves it into the results folder at the end.</summary>
/// <remarks>
/// The staging folder sits beside the results folders (a move, not a copy) and is removed whatever happens, so a run
/// that fails leaves no half-written log anywhere (one killed outright leaves a folder named after its process, which the
/// next run clears). A run that does not hold replication 0 (a later shard) writes none.
/// </remarks>
public sealed class ContactLogRecording : IDisposable
{
    private readonly string _staging;
    private readonly Scenario _scenario;
    private readonly long _seed;

    public ContactLogRecording(string root, Scenario scenario, long seed)
    {
        _scenario = scenario;
        _seed = seed;
        _staging = Path.Combine(root, Folders.IncompleteFolders.NewName());
    }

    /// <summary>The log of replication <paramref name="replication"/>: a writer for replication 0, null for the others.</summary>
    public IContactLog? For(int replication)
    {
        if (replication != 0) return null;
        Directory.CreateDirectory(_staging);
        return new ContactLogFile.Writer(StagingFile, _scenario, _seed);
    }

    /// <summary>Moves the finished contacts.csv into <paramref name="folder"/>; nothing when replication 0 was not run here.</summary>
    public void WriteInto(string folder)
    {
        if (File.Exists(StagingFile)) File.Move(StagingFile, Path.Combine(folder, ContactLogFile.FileName));
    }

    public void Dispose()
    {
        if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }

    private string StagingFile => Path.Combine(_staging, ContactLogFile.FileName);
}
