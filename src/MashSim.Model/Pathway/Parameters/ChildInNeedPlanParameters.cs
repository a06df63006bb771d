using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>Child in need plans: visits, reviews, and what each review decides; plans open longer than the drift threshold are counted as drifting (003).</summary>
public sealed record ChildInNeedPlanParameters : IValidatable
{
    /// <summary>Working days between visits (a local standard: an assumption to state in the scenario).</summary>
    public required int VisitEveryWorkingDays { get; init; }
    public required double VisitHours { get; init; }
    public required int ReviewIntervalWeeks { get; init; }
    public required PlanReviewOutcomes Review { get; init; }
    public required int DriftMonths { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (VisitEveryWorkingDays < 1) yield return new("visitEveryWorkingDays", $"must be at least 1, not {VisitEveryWorkingDays}");
        if (!(VisitHours >= 0)) yield return new("visitHours", $"must be zero or more, not {VisitHours}");
        foreach (var problem in Intervals.Check("reviewIntervalWeeks", ReviewIntervalWeeks, Intervals.MaxWeeks, "weeks")) yield return problem;
        if (Review.LookedAfter > 0) yield return new("review", "a child in need review does not make a child looked after: escalate to a strategy discussion instead");
        if (DriftMonths < 1) yield return new("driftMonths", $"must be at least 1, not {DriftMonths}");
    }
}
