using MashSim.Model.Runs;
namespace MashSim.Experiments.Results;

/// <summary>One daily series over replications: its mean and 95% CI on each day every replication recorded.</summary>
public sealed record DailySeriesSummary(DailyMeasure Measure, IReadOnlyList<ConfidenceInterval> Days)
{
    public string Id => Measure.Id;
    public string Label => Measure.Label;

    /// <summary>Every series of the experiment, summarised once for the CSV and the plots alike.</summary>
    public static IReadOnlyList<DailySeriesSummary> Of(ExperimentResult result)
    {
        var series = result.Runs[0].Series;
        int days = result.Runs.SelectMany(r => r.Series).Select(s => s.Values.Count).DefaultIfEmpty(0).Min();
        return series.Select((s, i) => new DailySeriesSummary(s.Measure,
            Enumerable.Range(0, days).Select(day => ConfidenceInterval.Of(result.Runs.Select(r => r.Series[i].Values[day]))).ToArray())).ToArray();
    }
}
