using MashSim.Kernel.Random;
using MashSim.Model.Parameters;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.MissingChildren;

/// <summary>Children missing from home or care: police notify the service, and when the child is found the MET hub offers a return home interview within 72 hours (002 para 20; 004 para 8).</summary>
public sealed record MissingChildrenParameters : IValidatable
{
    /// <summary>Children going missing for the first time in the run, a year; repeat episodes come on top.</summary>
    public required double ChildrenPerYear { get; init; }

    /// <summary>Hours from the missing notification to the child being found or returning.</summary>
    public required DistributionSpec HoursMissing { get; init; }

    /// <summary>Elapsed hours after the child is found before an interview can be held (contacting the child and carers, arranging a place).</summary>
    public required DistributionSpec HoursToArrange { get; init; }

    /// <summary>The chance the child declines the interview offered.</summary>
    public required double DeclineProbability { get; init; }

    /// <summary>Minutes of a MET hub worker's time for an interview: travel, the conversation and the record.</summary>
    public required DistributionSpec InterviewMinutes { get; init; }

    /// <summary>Minutes of a worker's time for an offer the child declines.</summary>
    public required DistributionSpec DeclinedOfferMinutes { get; init; }

    /// <summary>Elapsed hours from being found within which the interview should be held (statutory guidance: 72).</summary>
    public required double TargetHours { get; init; }

    /// <summary>The chance a child goes missing again after an episode: a stated rate until children carry their own histories.</summary>
    public required double RepeatProbability { get; init; }

    /// <summary>Days from being found to going missing again, for a child who does.</summary>
    public required DistributionSpec DaysToRepeat { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (!(ChildrenPerYear >= 0)) yield return new("childrenPerYear", $"must be zero or more, not {ChildrenPerYear}");
        if (!(TargetHours > 0)) yield return new("targetHours", $"must be more than 0, not {TargetHours}");
        foreach (var problem in Parameters.Shares.Probabilities(("declineProbability", DeclineProbability), ("repeatProbability", RepeatProbability))) yield return problem;
        if (RepeatProbability >= 1) yield return new("repeatProbability", "must be below 1: with 1 every child goes missing for ever");
    }
}
