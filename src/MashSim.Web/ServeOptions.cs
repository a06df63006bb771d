namespace MashSim.Web;

/// <summary>How <c>mashsim serve</c> listens, where it reads scenarios and writes results, and the limits that keep one machine usable for a room.</summary>
public sealed record ServeOptions
{
    /// <summary>The address listened on: loopback unless the user asks otherwise (the serve command warns then).</summary>
    public string Address { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 picks a free one (the tests do).</summary>
    public int Port { get; init; } = 5170;

    /// <summary>The only folder the app writes to: each run's results folder is made under it.</summary>
    public string ResultsRoot { get; init; } = "results/serve";

    /// <summary>The shipped scenarios offered on the page (the top level of this folder); the built-in one is always offered.</summary>
    public string ScenarioFolder { get; init; } = "scenarios";

    /// <summary>Replications a page may ask for; a room needs answers in minutes, and CIs settle well before this.</summary>
    public int MaxReplications { get; init; } = 100;

    /// <summary>Days a page may simulate (warm-up included): five years.</summary>
    public int MaxHorizonDays { get; init; } = 1826;

    /// <summary>Longest run a page may start, by the same estimate the command line warns with.</summary>
    public TimeSpan MaxRunTime { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Largest uploaded scenario: shipped ones are under 20 kB.</summary>
    public long MaxUploadBytes { get; init; } = 256 * 1024;

    /// <summary>Uploads a browser session keeps; beyond this its own oldest is forgotten, never another session's.</summary>
    public int KeptUploadsPerSession { get; init; } = 16;

    /// <summary>Uploads the app keeps in all (at most 64 MB of text): beyond this the session holding the most forgets its oldest.</summary>
    public int KeptUploads { get; init; } = 256;

    /// <summary>Runs going at once; each already uses every core, so one is the most a room's laptop should take.</summary>
    public int ConcurrentRuns { get; init; } = 1;

    /// <summary>Runs waiting their turn; beyond this a page is told the app is busy rather than queued for ever.</summary>
    public int MaxWaiting { get; init; } = 8;

    /// <summary>A run whose page has not asked after it for this long is taken as abandoned and stopped.</summary>
    public TimeSpan AbandonAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Threads per run (results do not depend on it).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Finished runs kept in memory (for the outcomes, comparisons and replays); older ones are forgotten, their folders stay.</summary>
    public int KeptRuns { get; init; } = 24;

    /// <summary>The launcher the page writes in the command line that reproduces a run.</summary>
    public string Launcher { get; init; } = "./run.sh";

    /// <summary>True when <see cref="Address"/> is an IP address or localhost: any other name makes the web server listen on every interface.</summary>
    public bool IsAddress => Address is "localhost" || System.Net.IPAddress.TryParse(Address, out _);

    /// <summary>True when <see cref="Address"/> is a loopback address (or localhost): only this machine can reach the page.</summary>
    public bool IsLoopback => Address is "localhost" || (System.Net.IPAddress.TryParse(Address, out var ip) && System.Net.IPAddress.IsLoopback(ip));
}
