using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>What a plan review decides: continue, step down (CP to CIN, CIN to early help), close, or (CP) the child becomes looked after; the shares sum to 1.</summary>
public sealed record PlanReviewOutcomes : IValidatable
{
    public double Continue { get; init; }
    public double StepDown { get; init; }
    public double Close { get; init; }
    public double LookedAfter { get; init; }

    /// <summary>CIN only: escalation to a strategy discussion when the plan is not working.</summary>
    public double Escalate { get; init; }

    public IEnumerable<KeyValuePair<PlanReviewOutcome, double>> Shares() =>
    [
        new(PlanReviewOutcome.Continue, Continue), new(PlanReviewOutcome.StepDown, StepDown), new(PlanReviewOutcome.Close, Close),
        new(PlanReviewOutcome.LookedAfter, LookedAfter), new(PlanReviewOutcome.Escalate, Escalate),
    ];

    public IEnumerable<ValidationProblem> Validate() => MashSim.Model.Parameters.Shares.Check(
        [("continue", Continue), ("stepDown", StepDown), ("close", Close), ("lookedAfter", LookedAfter), ("escalate", Escalate)]);
}
