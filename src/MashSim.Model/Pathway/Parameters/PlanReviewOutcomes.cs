using MashSim.Model.Parameters;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>What a plan review decides: continue, step down (CP to CIN, CIN to early help), close, or (CP) the child becomes looked after; the shares sum to 1.</summary>
public sealed record PlanReviewOutcomes : ShareMix<PlanReviewOutcome>
{
    public double Continue { get; init; }
    public double StepDown { get; init; }
    public double Close { get; init; }
    public double LookedAfter { get; init; }

    /// <summary>CIN only: escalation to a strategy discussion when the plan is not working.</summary>
    public double Escalate { get; init; }
}
