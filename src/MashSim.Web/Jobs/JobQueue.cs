using Microsoft.Extensions.Logging;

namespace MashSim.Web.Jobs;

/// <summary>The runs of every page: one at a time per browser session, a few at once on the machine, and a bounded queue with positions.</summary>
/// <remarks>
/// A page that stops asking after its run (closed, navigated away) has it cancelled, waiting or running, so the
/// machine works only for people who are still looking. Finished runs are kept for their outcomes and replays,
/// the oldest forgotten first; their folders stay on disk.
/// </remarks>
public sealed class JobQueue : IDisposable
{
    private readonly ServeOptions _options;
    private readonly ILogger<JobQueue> _log;
    private readonly Action<Job> _execute;
    private readonly object _gate = new();
    private readonly List<Job> _waiting = [];
    private readonly List<Job> _running = [];
    private readonly List<Job> _all = [];
    private readonly Dictionary<Job, Task> _tasks = [];
    private readonly Timer _abandonWatch;
    private bool _stopping;

    /// <summary>What became of a request to run.</summary>
    public enum Admission
    {
        Accepted,
        SessionBusy,
        Full,
    }

    public JobQueue(ServeOptions options, ILogger<JobQueue> log, Action<Job> execute)
    {
        _options = options;
        _log = log;
        _execute = execute;
        var every = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(100).Ticks, options.AbandonAfter.Ticks / 4));
        _abandonWatch = new Timer(_ => CancelAbandoned(), null, every, every);
    }

    /// <summary>Starts or queues <paramref name="job"/> unless its session has a run waiting or running, or every slot and place in the queue is taken.</summary>
    public Admission Submit(Job job)
    {
        lock (_gate)
        {
            if (_waiting.Concat(_running).Any(j => j.Session == job.Session)) return Admission.SessionBusy;
            if (_running.Count >= _options.ConcurrentRuns && _waiting.Count >= _options.MaxWaiting) return Admission.Full;
            _waiting.Add(job);
            _all.Add(job);
            ForgetOld();
            StartNext();
            return Admission.Accepted;
        }
    }

    public Job? Find(string id)
    {
        lock (_gate) return _all.FirstOrDefault(j => j.Id == id);
    }

    /// <summary>1 for the next to start, 2 after it...; 0 once running or ended.</summary>
    public int Position(Job job)
    {
        lock (_gate) return _waiting.IndexOf(job) + 1;
    }

    /// <summary>What a cancel did: stopped the run, found it ended, or came too late (its results are being written, and it ends done).</summary>
    public enum Stop
    {
        Stopped,
        Ended,
        TooLate,
    }

    /// <summary>Stops a waiting or running run, unless it has ended or is writing its results.</summary>
    public Stop Cancel(Job job, string why)
    {
        lock (_gate)
        {
            if (job.Ended) return Stop.Ended;
            if (_waiting.Remove(job)) job.State = JobState.Cancelled;
            return job.TryCancel(why) ? Stop.Stopped : Stop.TooLate;
        }
    }

    /// <summary>Runs and their states, for the tests and the log.</summary>
    public (int Waiting, int Running) Counts()
    {
        lock (_gate) return (_waiting.Count, _running.Count);
    }

    /// <summary>Stops every run, as the server stops, and waits up to <paramref name="within"/> for them to end; true when all did.</summary>
    /// <remarks>A stopped run removes its partial folder as it ends (a run writing its results finishes them): the process ended
    /// with runs under way, and their <c>.incomplete-*</c> folders stayed until a later run in the same root finished.</remarks>
    public bool StopAll(TimeSpan within)
    {
        Task[] going;
        lock (_gate)
        {
            _stopping = true;
            foreach (var job in _waiting.Concat(_running).ToList()) Cancel(job, "stopped: the server stopped");
            going = [.. _tasks.Values];
        }
        return Task.WaitAll(going, within);
    }

    private void StartNext()
    {
        while (!_stopping && _running.Count < _options.ConcurrentRuns && _waiting.Count > 0)
        {
            var job = _waiting[0];
            _waiting.RemoveAt(0);
            _running.Add(job);
            job.State = JobState.Running;
            _tasks[job] = Task.Factory.StartNew(() => Run(job), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    private void Run(Job job)
    {
        try
        {
            _execute(job);
            job.State = JobState.Done;
        }
        catch (OperationCanceledException)
        {
            job.State = JobState.Cancelled;
            job.Error ??= "cancelled";
        }
        catch (Exception e)
        {
            _log.LogError(e, "Run {Id} failed", job.Id);
            job.Error = e.Message;
            job.State = JobState.Failed;
        }
        finally
        {
            lock (_gate)
            {
                _running.Remove(job);
                _tasks.Remove(job);
                StartNext();
            }
        }
    }

    private void CancelAbandoned()
    {
        var cutoff = DateTime.UtcNow - _options.AbandonAfter;
        Job[] abandoned;
        lock (_gate) abandoned = [.. _waiting.Concat(_running).Where(j => j.LastSeen < cutoff)];
        foreach (var job in abandoned)
        {
            _log.LogInformation("Run {Id} abandoned: its page stopped asking after it", job.Id);
            Cancel(job, "stopped: the page that started it went away");
        }
    }

    /// <summary>Keeps the most recent finished runs in memory; a baseline still in use is kept with the run that uses it.</summary>
    private void ForgetOld()
    {
        var ended = _all.Where(j => j.Ended).ToList();
        foreach (var old in ended.Take(Math.Max(0, ended.Count - _options.KeptRuns))) _all.Remove(old);
    }

    public void Dispose()
    {
        _abandonWatch.Dispose();
        StopAll(TimeSpan.Zero);
    }
}
