using MashSim.Experiments.Results;
using MashSim.Model.Parameters;
using MashSim.Model.Recording;
using MashSim.Model.Runs;

namespace MashSim.Experiments.Runs;

/// <summary>
/// The confidence-interval method of choosing the number of replications: keep adding replications until every
/// chosen outcome's 95% half-width is within a fraction of its mean.
/// </summary>
/// <remarks>
/// Replication r always draws from (seed, r), so the answer for N replications is exactly what <c>--reps N</c> gives,
/// and the batches depend only on the results, never on the threads.
/// </remarks>
public static class SequentialReplications
{
    /// <summary>How precisely one outcome is known after the last batch.</summary>
    public sealed record Precision(Kpi Kpi, double Mean, double HalfWidth, bool Met)
    {
        public double Relative => Math.Abs(HalfWidth / Mean);
    }

    public sealed record Answer(ExperimentResult Result, bool Reached, IReadOnlyList<Precision> Precisions);

    /// <summary>Runs batches from <paramref name="initial"/> replications until each of <paramref name="outcomes"/> is within <paramref name="relativePrecision"/>, or <paramref name="maximum"/> is reached.</summary>
    /// <param name="scenario">The scenario to run.</param>
    /// <param name="seed">The master seed.</param>
    /// <param name="threads">Replications run at once.</param>
    /// <param name="relativePrecision">The largest half-width allowed, as a fraction of the mean (0.05 for 5%).</param>
    /// <param name="outcomes">The outcomes that must be precise; those a scenario does not observe are skipped.</param>
    /// <param name="initial">The first batch (at least 2, for a first estimate of the spread).</param>
    /// <param name="maximum">The most replications to run.</param>
    /// <param name="batchStarted">Hears the total replications planned each time a batch starts.</param>
    /// <param name="progress">Hears of each replication as it finishes.</param>
    /// <param name="cancellation">Stops between replications.</param>
    /// <param name="eventLogOf">The observer that logs replication r's activities, or null.</param>
    /// <param name="contactLogOf">The log of replication r's contacts (contacts.csv), or null.</param>
    public static Answer Run(Scenario scenario, long seed, int threads, double relativePrecision, IReadOnlyList<Kpi> outcomes,
        int initial, int maximum, Action<int>? batchStarted = null, Action? progress = null, CancellationToken cancellation = default,
        Func<int, Model.Recording.Events.IActivityObserver?>? eventLogOf = null, Func<int, Model.Recording.ContactLog.IContactLog?>? contactLogOf = null)
    {
        if (!(relativePrecision > 0)) throw new ArgumentOutOfRangeException(nameof(relativePrecision), "The precision must be above zero.");
        if (initial < 2 || maximum < initial) throw new ArgumentOutOfRangeException(nameof(maximum), $"Need 2 ≤ initial ({initial}) ≤ maximum ({maximum}).");
        var runs = new List<RunResult>();
        int target = initial;
        while (true)
        {
            batchStarted?.Invoke(target);
            var plan = new ReplicationPlan(target, seed, threads);
            runs.AddRange(Replications.RunRange(scenario, plan, runs.Count, target, progress, cancellation, eventLogOf, contactLogOf));
            var result = Replications.Summarise(scenario, plan, runs);
            var precisions = Assess(result, outcomes, relativePrecision);
            bool reached = precisions.All(p => p.Met);
            if (reached || target >= maximum) return new Answer(result, reached, precisions);
            target = NextTotal(target, precisions, relativePrecision, maximum);
        }
    }

    /// <summary>Each observed outcome's half-width against the precision asked for; an outcome with mean zero is precise only with no spread at all.</summary>
    public static IReadOnlyList<Precision> Assess(ExperimentResult result, IReadOnlyList<Kpi> outcomes, double relativePrecision) =>
        outcomes.Select(kpi => result[kpi])
            .Where(s => s.Replications >= 2 && double.IsFinite(s.HalfWidth))
            .Select(s => new Precision(s.Kpi, s.Mean, s.HalfWidth, s.HalfWidth <= relativePrecision * Math.Abs(s.Mean)))
            .ToArray();

    /// <summary>The half-width shrinks as 1/√n, so n·(h/h*)² is the estimate; never more than double at once, so a noisy first estimate cannot overshoot far.</summary>
    private static int NextTotal(int current, IReadOnlyList<Precision> precisions, double relativePrecision, int maximum)
    {
        double worst = precisions.Where(p => !p.Met).Max(p => p.Mean == 0 ? double.PositiveInfinity : p.HalfWidth / (relativePrecision * Math.Abs(p.Mean)));
        double estimate = current * worst * worst;
        int next = double.IsFinite(estimate) ? (int)Math.Min(Math.Ceiling(estimate), 2.0 * current) : 2 * current;
        return Math.Min(maximum, Math.Max(current + 1, next));
    }
}
