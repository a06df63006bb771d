using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>Children already on plans or looked after when the run starts, so that the stocks (and hence caseloads) need not be built up from empty over a long warm-up.</summary>
/// <remarks>
/// Each plan's age (time since it started) is drawn from the equilibrium age distribution of the plan's own review
/// chain: in a steady state the chance that an open plan has age a is P(length &gt; a) / mean length. Plans end only
/// at reviews, so this is exact for the model: the number of reviews already held is drawn with weights "chance to
/// survive to that interval x the interval's length", and the age uniformly within the interval. A spread uniform over
/// the mean plan length would be simpler but wrong for these skewed lengths (most child protection plans end at the
/// 9-month review, a few last for years): it would put too many reviews in the first weeks and too few long plans.
/// The children are not referrals of the measured period; they are allocated through the team's usual rule.
/// </remarks>
public sealed record InitialStockParameters : IValidatable
{
    /// <summary>Children on child protection plans at time zero.</summary>
    public required int ChildProtectionPlans { get; init; }

    /// <summary>Children on child in need plans at time zero.</summary>
    public required int ChildInNeedPlans { get; init; }

    /// <summary>Children looked after at time zero; their stays are memoryless (<see cref="LookedAfterParameters"/>), so they need no ages.</summary>
    public required int LookedAfter { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (ChildProtectionPlans < 0) yield return new("childProtectionPlans", $"must be zero or more children, not {ChildProtectionPlans}");
        if (ChildInNeedPlans < 0) yield return new("childInNeedPlans", $"must be zero or more children, not {ChildInNeedPlans}");
        if (LookedAfter < 0) yield return new("lookedAfter", $"must be zero or more children, not {LookedAfter}");
    }
}
