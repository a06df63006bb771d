using System.Globalization;
using MashSim.Model.Recording;

namespace MashSim.Experiments.Results.Saturation;

/// <summary>
/// Whether a run's service was overloaded: a role busy nearly all of its open time, open work that grows through the
/// measured period, a queue still rising at the end, or contacts left open after the drain.
/// </summary>
/// <remarks>
/// An overloaded queue has no steady state: its figures grow with the horizon, so a mean over the measured period
/// (and a difference between two such runs) describes that horizon only. The checks read what every run already
/// has: the utilisation outcomes and the daily series.
/// </remarks>
public sealed record Overload(IReadOnlyList<OverloadSign> Signs)
{
    /// <summary>Busy at least this share of open time: at 97% a queue's wait is already dozens of service times long.</summary>
    public const double BusyShare = 0.97;

    /// <summary>Contacts still open after the drain, as a share of those that arrived, above which the run did not keep up.</summary>
    public const double UnfinishedShare = 0.005;

    public static readonly Overload None = new([]);

    public bool Any => Signs.Count > 0;

    /// <summary>The roles and work that saturate, in one line: "business support 99.9% busy; contacts waiting for screening grow from 2 to 640".</summary>
    public string Text => string.Join("; ", Signs.Select(s => s.ToString()));

    /// <summary>The signs about one outcome or series (for the row of a table that shows it).</summary>
    public IEnumerable<OverloadSign> About(string outcomeId) => Signs.Where(s => s.OutcomeId == outcomeId);

    /// <summary>The daily series that count open work: what they count, in words, and the outcome that averages them.</summary>
    private static readonly Dictionary<string, (string Work, string OutcomeId)> OpenWork = new(StringComparer.Ordinal)
    {
        ["screeningQueue"] = ("contacts waiting for screening", Kpi.ScreeningQueueMean.Id),
        ["unallocated"] = ("referrals waiting for a social worker (every worker at the caseload cap)", Kpi.UnallocatedMean.Id),
    };

    /// <summary>Every sign in a finished run: the outcomes' means and the daily series.</summary>
    public static Overload Of(ExperimentResult result) => Of(result.Summary, DailySeriesSummary.Of(result));

    /// <summary>The signs the outcomes alone show (a sweep point keeps no daily series): busy roles and contacts left open.</summary>
    public static Overload Of(IReadOnlyList<OutcomeSummary> summary, IReadOnlyList<DailySeriesSummary>? daily = null)
    {
        var signs = new List<OverloadSign>();
        foreach (var role in MashRole.All)
        {
            double busy = summary[role.Utilisation.Index].Mean;
            if (double.IsFinite(busy) && busy >= BusyShare)
                signs.Add(new("busy", role.Name, role.Utilisation.Id, $"{busy.ToString("0.0%", CultureInfo.InvariantCulture)} busy"));
        }
        double unfinished = summary[Kpi.UnfinishedAtEnd.Index].Mean, contacts = summary[Kpi.Contacts.Index].Mean;
        if (double.IsFinite(unfinished) && unfinished >= 1 && unfinished > UnfinishedShare * contacts)
            signs.Add(new("unfinished", "contacts", Kpi.UnfinishedAtEnd.Id,
                $"{unfinished.ToString("0", CultureInfo.InvariantCulture)} still open after the drain"));
        foreach (var series in daily ?? [])
        {
            if (OpenWork.TryGetValue(series.Id, out var open) && Trend.Of(series.Days.Select(d => d.Mean).ToArray()) is { } trend)
                signs.Add(new(trend.Kind, open.Work, open.OutcomeId, trend.Detail));
        }
        return new Overload(signs);
    }

    /// <summary>How a daily count of open work moves through the measured period.</summary>
    internal sealed record Trend(string Kind, string Detail)
    {
        /// <summary>
        /// Grows: each third above the one before, the last at least double the first and a few items more. Rising at the
        /// end: the last four weeks climb steadily, each busier than the one before by at least a tenth of the whole rise,
        /// which is a quarter of the first week's level and a few items at least.
        /// </summary>
        /// <remarks>
        /// A service that cannot keep up adds about the same backlog every week. The backlog of a holiday comes in one week:
        /// a measured year that ends at Christmas, in a MASH 80% busy, ends with three flat weeks and a fourth five times
        /// their level (13, 13, 14, 70), which each-week-above-the-last took for a rising queue.
        /// </remarks>
        public static Trend? Of(double[] days)
        {
            if (days.Length < 30 || days.Any(d => !double.IsFinite(d))) return null;
            int third = days.Length / 3;
            double first = days[..third].Average(), middle = days[third..(2 * third)].Average(), last = days[(2 * third)..].Average();
            string Count(double x) => x.ToString("0", CultureInfo.InvariantCulture);
            if (middle > first && last > middle && last >= 2 * first + MinimumItems)
                return new("growing", $"grows from {Count(first)} to {Count(last)} (thirds of the measured period)");
            // A large backlog that keeps growing need not double in a year: 923 referrals waiting at the start of the
            // measured year and 1,448 at its end (caseloads of 30) is a service that does not keep up.
            double fittedRise = Slope(days) * (days.Length - 1), level = days.Average();
            if (middle > first && last > middle && fittedRise >= LargeBacklog && fittedRise >= 0.3 * level)
                return new("growing", $"grows from {Count(days[..7].Average())} to {Count(days[^7..].Average())} (the first and last weeks of the measured period), by {Count(fittedRise)} on a straight line through it");
            // Weekly means, so a weekend's backlog is not taken for a trend.
            var weeks = Enumerable.Range(1, Math.Min(RisingWeeks, days.Length / 7)).Select(w => days[^(7 * w)..^(7 * (w - 1))].Average()).Reverse().ToArray();
            double rise = weeks[^1] - weeks[0];
            bool steady = weeks.Length == RisingWeeks && weeks.Zip(weeks.Skip(1)).All(pair => pair.Second - pair.First >= SteadyStep * rise);
            if (steady && rise >= MinimumItems && rise >= 0.25 * weeks[0])
                return new("rising", $"still rising at the end (weekly average {Count(weeks[0])} to {Count(weeks[^1])} over the last {RisingWeeks} weeks)");
            return null;
        }

        /// <summary>The least-squares slope of the series per day.</summary>
        private static double Slope(double[] days)
        {
            double meanX = (days.Length - 1) / 2.0, meanY = days.Average(), sxy = 0, sxx = 0;
            for (int i = 0; i < days.Length; i++)
            {
                sxy += (i - meanX) * (days[i] - meanY);
                sxx += (i - meanX) * (i - meanX);
            }
            return sxy / sxx;
        }

        /// <summary>The least growth over the measured period, in items, that makes a backlog growing without doubling (30% of its level at least).</summary>
        private const double LargeBacklog = 25;

        /// <summary>Weeks at the end, each busier than the one before, that make a queue still rising.</summary>
        private const int RisingWeeks = 4;

        /// <summary>The least share of the whole rise each week must add for the climb to be steady (a third, if even).</summary>
        private const double SteadyStep = 0.1;

        /// <summary>Fewer items than this are not a backlog worth a warning, however fast they grow.</summary>
        private const double MinimumItems = 5;
    }
}
