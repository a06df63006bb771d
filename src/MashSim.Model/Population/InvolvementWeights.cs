using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Population;

/// <summary>How much likelier a contact is about a child, by the most services have done for them (relative weights, not shares).</summary>
public sealed record InvolvementWeights : IValidatable
{
    public required double Contact { get; init; }
    public required double Referral { get; init; }
    public required double ChildInNeedPlan { get; init; }
    public required double ChildProtectionPlan { get; init; }

    public double Of(Involvement involvement) => involvement switch
    {
        Involvement.Contact => Contact,
        Involvement.Referral => Referral,
        Involvement.ChildInNeedPlan => ChildInNeedPlan,
        _ => ChildProtectionPlan,
    };

    public IEnumerable<ValidationProblem> Validate()
    {
        foreach (var (name, value) in new[] { ("contact", Contact), ("referral", Referral), ("childInNeedPlan", ChildInNeedPlan), ("childProtectionPlan", ChildProtectionPlan) })
        {
            if (!(value >= 0 && double.IsFinite(value))) yield return new(name, $"is a relative weight: zero or more, not {value}");
        }
        if (Contact + Referral + ChildInNeedPlan + ChildProtectionPlan <= 0) yield return new("", "needs at least one weight above zero");
    }
}
