using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>Child protection plans: visits, review conferences, and what each review decides.</summary>
/// <remarks>Review at 3 months, then every 6 months (Working Together 2018). With the default chances a plan lasts about 9 months on average (national: open plans / starts a year = 9.4 months).</remarks>
public sealed record ChildProtectionPlanParameters : IValidatable
{
    /// <summary>Working days between statutory visits (a local standard: an assumption to state in the scenario).</summary>
    public required int VisitEveryWorkingDays { get; init; }
    public required double VisitHours { get; init; }
    public required int FirstReviewMonths { get; init; }
    public required int ReviewIntervalMonths { get; init; }
    public required PlanReviewOutcomes FirstReview { get; init; }
    public required PlanReviewOutcomes LaterReviews { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (VisitEveryWorkingDays < 1) yield return new("visitEveryWorkingDays", $"must be at least 1, not {VisitEveryWorkingDays}");
        if (!(VisitHours >= 0)) yield return new("visitHours", $"must be zero or more, not {VisitHours}");
        foreach (var problem in Intervals.Check("firstReviewMonths", FirstReviewMonths, Intervals.MaxMonths, "months")) yield return problem;
        foreach (var problem in Intervals.Check("reviewIntervalMonths", ReviewIntervalMonths, Intervals.MaxMonths, "months")) yield return problem;
        if (FirstReview.Escalate > 0) yield return new("firstReview", "a child protection review does not escalate: the child is already on the highest plan (give the share to lookedAfter)");
        if (LaterReviews.Escalate > 0) yield return new("laterReviews", "a child protection review does not escalate: the child is already on the highest plan (give the share to lookedAfter)");
    }
}
