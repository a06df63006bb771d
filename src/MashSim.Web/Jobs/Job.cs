using MashSim.Experiments.Comparison;
using MashSim.Experiments.Results;
using MashSim.Experiments.Scenarios;

namespace MashSim.Web.Jobs;

/// <summary>Where a run is: waiting its turn, running, or ended one of three ways.</summary>
public enum JobState
{
    Waiting,
    Running,
    Done,
    Failed,
    Cancelled,
}

/// <summary>One run a page asked for: its scenario as loaded, its progress, and once done its results and folder.</summary>
/// <remarks>Progress is counted from the replications' worker threads, so it is read and written with interlocked operations.</remarks>
public sealed class Job(string session, LoadedScenario loaded, string commandLine, Job? baseline)
{
    private const int Working = 0, Stopped = 1, Writing = 2;
    private int _completed;
    private int _stage = Working;
    private long _lastSeenTicks = DateTime.UtcNow.Ticks;

    /// <summary>Unguessable, and the only name a request uses for the run's files.</summary>
    public string Id { get; } = Guid.NewGuid().ToString("N");

    public string Session { get; } = session;
    public LoadedScenario Loaded { get; } = loaded;
    public string CommandLine { get; } = commandLine;

    /// <summary>What the page asked for, and the scenario it named, for the command lines that reproduce the run.</summary>
    public required Scenarios.RunRequest Request { get; init; }

    public required Scenarios.ScenarioCatalogue.Choice Choice { get; init; }

    /// <summary>The finished run this one is compared with, or null.</summary>
    public Job? Baseline { get; } = baseline;

    public JobState State { get; set; } = JobState.Waiting;
    public int Total => Loaded.File.Run.Replications;
    public int Completed => Volatile.Read(ref _completed);
    public string? Error { get; set; }
    public string? Folder { get; set; }
    public ExperimentResult? Result { get; set; }
    public ScenarioComparison? Comparison { get; set; }
    public string? ComparisonFolder { get; set; }
    public string? ComparisonCommandLine { get; set; }
    public CancellationTokenSource Cancellation { get; } = new();
    public bool Ended => State is JobState.Done or JobState.Failed or JobState.Cancelled;

    /// <summary>When the page last asked after the run; a run nobody asks after is abandoned.</summary>
    public DateTime LastSeen => new(Interlocked.Read(ref _lastSeenTicks), DateTimeKind.Utc);

    public void Touch() => Interlocked.Exchange(ref _lastSeenTicks, DateTime.UtcNow.Ticks);

    /// <summary>Stops the run, saying <paramref name="why"/>; false when it is too late, its results already being written (it then ends done).</summary>
    /// <remarks>One exchange decides between this and <see cref="BeginWriting"/>, so a run is either stopped with nothing written or
    /// finished whole: a cancel that came while the results were written said it had stopped the run, which then ended done.</remarks>
    public bool TryCancel(string why)
    {
        if (Interlocked.CompareExchange(ref _stage, Stopped, Working) == Writing) return false;
        Error ??= why;
        Cancellation.Cancel();
        return true;
    }

    /// <summary>The point of no return, after the replications: from here the run writes its results and is not stopped; throws if it was stopped first.</summary>
    public void BeginWriting()
    {
        if (Interlocked.CompareExchange(ref _stage, Writing, Working) != Working) throw new OperationCanceledException(Cancellation.Token);
    }

    /// <summary>One replication finished (called from worker threads).</summary>
    public void Tick() => Interlocked.Increment(ref _completed);
}
