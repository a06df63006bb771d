using MashSim.Model.Recording.Events;

namespace MashSim.Experiments.Results;

/// <summary>Where the time goes: one stage's mean wait and mean work in hours over replications, each with its 95% CI.</summary>
public sealed record StageSummary(string Stage, string Journey, double CountMean, ConfidenceInterval WaitHours, ConfidenceInterval WorkHours)
{
    /// <summary>Wait and work together: the stage's share of the journey's elapsed time.</summary>
    public double TotalHours => (double.IsFinite(WaitHours.Mean) ? WaitHours.Mean : 0) + (double.IsFinite(WorkHours.Mean) ? WorkHours.Mean : 0);

    /// <summary>Every stage the runs recorded, in the journey's order; empty for results that carry no stage times.</summary>
    public static IReadOnlyList<StageSummary> Of(ExperimentResult result)
    {
        var runs = result.Runs.Where(r => r.Stages is not null).Select(r => r.Stages!).ToArray();
        if (runs.Length == 0) return [];
        return runs[0].Select(stage => stage.Stage).Select(name =>
        {
            var times = runs.Select(r => r.First(s => s.Stage == name)).ToArray();
            return new StageSummary(name, times[0].Journey, times.Average(t => t.Count),
                ConfidenceInterval.Of(times.Select(t => t.WaitHoursMean)).Within(0, double.PositiveInfinity),
                ConfidenceInterval.Of(times.Select(t => t.WorkHoursMean)).Within(0, double.PositiveInfinity));
        }).ToArray();
    }
}
