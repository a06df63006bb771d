using System.Globalization;
using MashSim.Model.Parameters;

namespace MashSim.Experiments.Scenarios.Limits;

/// <summary>How much memory and time a run will need, estimated from the scenario before anything runs.</summary>
/// <remarks>
/// Rough on purpose: the point is to refuse what cannot fit (a mistyped 2e9 workers, a billion contacts a year,
/// a hundred million replications) before gigabytes are allocated, and to warn about what will take long, not to
/// predict to the second. The figures per item were measured on the default scenario (peak working set of one
/// replication as demand and staff grow) and rounded up.
/// </remarks>
public sealed record RunSizeEstimate(long Bytes, double Contacts, TimeSpan Time, IReadOnlyList<(string What, long Bytes)> Parts)
{
    /// <summary>The process itself, the runtime and the scenario: measured about 100 MB for a one-replication run.</summary>
    private const long BaseBytes = 120L << 20;
    /// <summary>What every contact leaves in a replication's result (its hours to decision) plus its share of the working state.</summary>
    private const long ContactBytes = 32;
    /// <summary>A MASH staff member: a slot in a pool.</summary>
    private const long MashStaffBytes = 256;
    /// <summary>A pathway worker with their caseload, diary and statistics (measured about 5 kB).</summary>
    private const long PathwayWorkerBytes = 8 << 10;
    /// <summary>A child in the initial stock: a case with its plan.</summary>
    private const long StockCaseBytes = 2 << 10;
    /// <summary>A domestic abuse notification, missing episode or exploitation referral while the replication runs: measured
    /// 200-310 bytes each (1.6 million of them in 60 days, most waiting for an overwhelmed team), rounded up.</summary>
    private const long HubArrivalBytes = 320;
    /// <summary>A replication's result besides its contacts: every outcome and the daily series (about 20 series of a value a day).</summary>
    private const long ResultBytesPerDay = 20 * 8;
    private const long ResultFixedBytes = 4 << 10;
    /// <summary>Contacts simulated per second on one thread, with the pathway: a low figure for a loaded machine.</summary>
    public const double ContactsPerSecondPerThread = 20_000;

    /// <summary>The files of a results folder: plots and tables, a row per replication, a line per contact in contacts.csv.</summary>
    private const long FolderBytes = 8 << 20, ReplicationRowBytes = 2 << 10, ContactLogLineBytes = 400;
    /// <summary>events.csv per contact of a logged replication: an England-sized year's 2.58 million contacts wrote 2.9 GB (1,125 bytes each), rounded up.</summary>
    private const long EventLogBytesPerContact = 1_200;

    /// <summary>About how much the results folder will take on disk.</summary>
    public long OutputBytes { get; init; }

    /// <summary>The share of the memory this process may use that a run may plan to fill.</summary>
    public const double UsableShare = 0.8;

    /// <summary>A run estimated to take longer than this is worth a warning.</summary>
    public static readonly TimeSpan Long = TimeSpan.FromMinutes(10);

    /// <summary>Estimates a run of <paramref name="replications"/> replications of <paramref name="scenario"/> on <paramref name="threads"/> threads.</summary>
    /// <remarks>The contact log (<paramref name="writesContactLog"/>) and the event log of <paramref name="loggedReplications"/>
    /// replications take room on disk, not in memory: their rows are written as the run goes. The event log is the
    /// largest file a run writes, and it was not counted: a page's England-sized runs were accepted with 15 GB of it to come.</remarks>
    public static RunSizeEstimate Of(Scenario scenario, int replications, int threads, bool writesContactLog = true, int loggedReplications = 0)
    {
        var run = scenario.Run;
        double days = (double)run.HorizonDays + run.DrainDays;
        double years = run.HorizonDays / 365.0;
        // Demand grows each year; the mean rate over the horizon, in contacts.
        double growth = scenario.Demand.AnnualGrowth;
        double growthFactor = Math.Abs(growth) < 1e-12 || years <= 0 ? 1 : (Math.Pow(1 + growth, years) - 1) / (years * Math.Log(1 + growth));
        double contactsPerReplication = scenario.Demand.ContactsPerYear * years * growthFactor;
        int running = Math.Max(1, Math.Min(threads, replications));

        var mash = scenario.Mash.Staff;
        double mashStaff = (double)mash.SocialWorkers + mash.Managers + mash.BusinessSupport + mash.EmergencyDutyTeam;
        var pathway = scenario.Pathway;
        // The hubs' teams count as MASH staff, early help workers (with caseloads) as pathway workers.
        mashStaff += (double)(scenario.DomesticAbuse?.Workers ?? 0) + (scenario.MetHub?.Workers ?? 0);
        double workers = (pathway is null ? 0 : (double)pathway.Team.SocialWorkers + pathway.Team.FamilySupportWorkers) + (scenario.EarlyHelpHub?.Workers ?? 0);
        var initial = pathway?.InitialStock;
        double stock = initial is null ? 0 : (double)initial.ChildProtectionPlans + initial.ChildInNeedPlans + initial.LookedAfter;
        // The hubs' own arrivals, which are not contacts: an overwhelmed team holds every one of them while the replication runs.
        double hubArrivalsPerYear = (scenario.DomesticAbuse?.NotificationsPerYear ?? 0) + (scenario.MetHub?.MissingChildren?.ChildrenPerYear ?? 0)
                                    + (scenario.MetHub?.Exploitation?.ReferralsPerYear ?? 0);
        double hubArrivalsPerReplication = hubArrivalsPerYear * years;

        var parts = new List<(string, long)>
        {
            ("the program", BaseBytes),
            ($"{replications:N0} replications' results ({days:N0} days each)", Saturate((ResultFixedBytes + days * ResultBytesPerDay + 8) * replications)),
            ($"{Count(contactsPerReplication)} contacts per replication, {replications:N0} replications", Saturate(contactsPerReplication * ContactBytes * replications)),
            ($"{Count(mashStaff)} MASH staff in each of {running} replication(s) at once", Saturate(mashStaff * MashStaffBytes * running)),
            ($"{Count(workers)} pathway workers in each of {running} replication(s) at once", Saturate(workers * PathwayWorkerBytes * running)),
            ($"{Count(stock)} children in the initial stock in each of {running} replication(s) at once", Saturate(stock * StockCaseBytes * running)),
            ($"{Count(hubArrivalsPerReplication)} domestic abuse notifications, missing episodes and exploitation referrals in each of {running} replication(s) at once",
                Saturate(hubArrivalsPerReplication * HubArrivalBytes * running)),
        };
        long total = parts.Aggregate(0L, (sum, part) => Saturate((double)sum + part.Item2));
        double contacts = contactsPerReplication * replications;
        // A hub's arrival is cheaper than a contact (measured 300,000-800,000 a second against 20,000 for contacts); counted as a tenth of one.
        double seconds = (contacts + hubArrivalsPerReplication * replications / 10) / (ContactsPerSecondPerThread * running);
        return new RunSizeEstimate(total, contacts, TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.MaxValue.TotalSeconds / 2)), parts)
        {
            OutputBytes = Saturate(FolderBytes + (double)replications * ReplicationRowBytes + (writesContactLog ? contactsPerReplication * ContactLogLineBytes : 0)
                                   + (double)loggedReplications * contactsPerReplication * EventLogBytesPerContact),
        };
    }

    /// <summary>The memory this process may use: the machine's, or the container's limit if lower.</summary>
    public static long AvailableBytes() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>Why the run cannot fit in <paramref name="availableBytes"/>, naming the biggest parts; null when it fits.</summary>
    public string? WhyItCannotFit(long availableBytes)
    {
        if (Bytes <= availableBytes * UsableShare) return null;
        var biggest = Parts.OrderByDescending(p => p.Bytes).Take(2).Where(p => p.Bytes > 0).Select(p => $"{p.What}: {Size(p.Bytes)}");
        return $"this run needs about {Size(Bytes)} of memory and this machine has {Size(availableBytes)}; the most is taken by {string.Join("; ", biggest)}. " +
               "Use fewer replications, a shorter horizon or a smaller scenario (or run it as shards on several machines: --shard k/n).";
    }

    /// <summary>A warning when the run will take long, else null.</summary>
    public string? WhyItIsSlow() => Time < Long ? null
        : $"this run simulates about {Count(Contacts)} contacts and may take {Duration(Time)} or more on this machine.";

    /// <summary>A count as a person reads it: digits grouped, or a power of ten past a quadrillion (1e308 printed 309 digits).</summary>
    private static string Count(double n) => n < 1e15 ? n.ToString("N0", CultureInfo.InvariantCulture) : n.ToString("0.#E+0", CultureInfo.InvariantCulture);

    private static long Saturate(double bytes) => bytes >= long.MaxValue / 2 || double.IsNaN(bytes) ? long.MaxValue / 2 : (long)Math.Ceiling(bytes);

    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 40 => $"{bytes / (double)(1L << 40):N1} TB",
        >= 1L << 30 => $"{bytes / (double)(1L << 30):N1} GB",
        _ => $"{bytes / (double)(1L << 20):N0} MB",
    };

    private static string Duration(TimeSpan time) => time.TotalDays >= 2 ? $"{time.TotalDays.ToString("N0", CultureInfo.InvariantCulture)} days"
        : time.TotalHours >= 2 ? $"{time.TotalHours:N0} hours"
        : $"{time.TotalMinutes:N0} minutes";
}
