using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>Child in need plans: visits, reviews, and what each review decides; plans open longer than the drift threshold are counted as drifting (003).</summary>
public sealed record ChildInNeedPlanParameters : IValidatable
{
    /// <summary>Working days between visits (a local standard: an assumption to state in the scenario).</summary>
    public int VisitEveryWorkingDays { get; init; } = 20;
    public double VisitHours { get; init; } = 1.5;
    public int ReviewIntervalWeeks { get; init; } = 12;
    public PlanReviewOutcomes Review { get; init; } = new() { Continue = 0.55, StepDown = 0.20, Close = 0.20, Escalate = 0.05 };
    public int DriftMonths { get; init; } = 12;

    public IEnumerable<ValidationProblem> Validate()
    {
        if (VisitEveryWorkingDays < 1) yield return new("visitEveryWorkingDays", $"must be at least 1, not {VisitEveryWorkingDays}");
        if (!(VisitHours >= 0)) yield return new("visitHours", $"must be zero or more, not {VisitHours}");
        if (ReviewIntervalWeeks < 1) yield return new("reviewIntervalWeeks", $"must be at least 1, not {ReviewIntervalWeeks}");
        if (Review.LookedAfter > 0) yield return new("review", "a child in need review does not make a child looked after: escalate to a strategy discussion instead");
        if (DriftMonths < 1) yield return new("driftMonths", $"must be at least 1, not {DriftMonths}");
    }
}
