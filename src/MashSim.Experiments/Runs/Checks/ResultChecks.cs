using MashSim.Model.Recording;
using MashSim.Model.Runs;

namespace MashSim.Experiments.Runs.Checks;

/// <summary>Checks every replication's figures for what cannot be true, before anything is written: a failed check means a fault in the model, not a finding.</summary>
/// <remarks>
/// Shares lie in [0, 1]; no time, count or rate is negative; every contact and every case is accounted for; and the
/// front door obeys Little's law (contacts in it = arrival rate x time in it) within a tolerance that allows for the
/// edges of the measured period. A model change that breaks one of these would otherwise report wrong figures quietly.
/// </remarks>
public static class ResultChecks
{
    /// <summary>Little's law holds to this share of L (plus <see cref="LittleSlack"/> contacts) when nothing is left unfinished.</summary>
    public const double LittleTolerance = 0.25;
    public const double LittleSlack = 0.5;

    /// <summary>Little's law is checked only on a replication with at least this many contacts: fewer make the edges of the period dominate.</summary>
    public const int LittleMinimumContacts = 500;

    /// <summary>
    /// Little's law is checked only when the measured period is at least this many mean times in the front door long:
    /// the contacts already in it when the period starts, and those still in it when it ends, shift L against λW by
    /// about W/T, which in a short period of a growing queue is far more than the tolerance.
    /// </summary>
    public const double LittleMinimumSojourns = 20;

    private const double Rounding = 1e-9;

    /// <summary>Every problem found, each naming the replication and the figure; empty when every check passes.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<RunResult> runs)
    {
        var problems = new List<string>();
        foreach (var run in runs)
        {
            string at = $"replication {run.Replication}";
            foreach (var kpi in Kpi.All)
            {
                double value = run[kpi];
                if (double.IsNaN(value)) continue; // nothing to measure (no red contacts, no pathway...)
                if (double.IsInfinity(value)) problems.Add($"{at}: {kpi.Id} is {value}");
                else if (OutOfRange(kpi, value) is { } why) problems.Add($"{at}: {kpi.Id} is {value}, {why}");
            }
            foreach (double hours in run.DecisionHours.Where(h => !(h >= 0) || double.IsInfinity(h)).Take(1))
                problems.Add($"{at}: a contact's time to decision is {hours} hours");
            var account = run.Account;
            if (!account.Balances)
                problems.Add($"{at}: contacts are not conserved: {account.Arrived} arrived but {account.TransferredToDuty} went to duty, {account.Referred} were referred, {account.Closed} closed and {account.StillOpen} are open");
            if (run.Cases is { Balances: false } cases)
                problems.Add($"{at}: cases are not conserved: {cases.Initial} at the start and {cases.Opened} opened, but {cases.Closed} closed, {cases.LeftCare} left care and {cases.StillOpen} are open (the stock counts {cases.OpenCountedByStock})");
            foreach (var stream in run.Streams.Where(s => !s.Balances))
                problems.Add($"{at}: {stream.Stream} are not conserved: {stream}");
            if (LittlesLawProblem(run) is { } little) problems.Add($"{at}: {little}");
        }
        return problems;
    }

    /// <summary>Why a finite <paramref name="value"/> cannot be a figure of <paramref name="kpi"/> ("a share outside [0, 1]",
    /// "below zero"), or null: the range every replication's figures are held to, and so their means too.</summary>
    public static string? OutOfRange(Kpi kpi, double value) =>
        kpi.Unit == KpiUnit.Share && value is < -Rounding or > 1 + Rounding ? "a share outside [0, 1]"
        : value < -Rounding ? "below zero"
        : null;

    /// <summary>Throws a <see cref="ResultCheckException"/> listing every problem, if there is one.</summary>
    public static void Require(IEnumerable<RunResult> runs)
    {
        var problems = Problems(runs);
        if (problems.Count > 0) throw new ResultCheckException(problems);
    }

    private static string? LittlesLawProblem(RunResult run)
    {
        double l = run[Kpi.ContactsInFrontDoorMean], lambda = run[Kpi.ArrivalRatePerHour], w = run[Kpi.HoursInFrontDoorMean];
        if (!(run[Kpi.Contacts] >= LittleMinimumContacts) || run[Kpi.UnfinishedAtEnd] != 0 || !double.IsFinite(l) || !double.IsFinite(lambda) || !double.IsFinite(w)) return null;
        double measuredHours = run[Kpi.Contacts] / lambda;
        if (w * LittleMinimumSojourns > measuredHours) return null;
        double expected = lambda * w;
        return Math.Abs(l - expected) <= LittleTolerance * Math.Max(l, expected) + LittleSlack ? null
            : $"Little's law fails in the front door: {l:0.###} contacts in it on average, but {lambda:0.####} arriving an hour x {w:0.###} hours in it = {expected:0.###}";
    }
}

/// <summary>A run's figures failed a sanity check: a fault in the model; nothing is written.</summary>
public sealed class ResultCheckException(IReadOnlyList<string> problems)
    : Exception("The run failed its sanity checks: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
