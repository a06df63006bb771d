using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Population;

/// <summary>Which child a contact is about: a share of contacts is about children already known, picked by their history; the rest are about children new to services.</summary>
/// <remarks>
/// A known child's weight is <see cref="InvolvementWeights"/> for the most services did for them, times
/// <see cref="PrematureWeight"/> if their last case was closed too soon, times the weight of the look-back band the time
/// since they last left services falls in (<see cref="RecencyMonths"/>, <see cref="RecencyWeights"/>). Children who
/// left longer ago than the last band, who are with services now, or who have turned 18 are not picked. Re-referrals,
/// the time since a previous referral and second plans then follow from the histories; none is drawn as a rate.
/// </remarks>
public sealed record KnownChildrenParameters : IValidatable
{
    /// <summary>The share of contacts about a child services already know (when one is there to pick).</summary>
    public required double ShareOfContacts { get; init; }

    public required InvolvementWeights InvolvementWeights { get; init; }

    /// <summary>How much likelier a child whose last case was closed or stepped down too soon is to be contacted about again.</summary>
    public required double PrematureWeight { get; init; }

    /// <summary>The upper end of each look-back band in months since the child last left services, rising; the last is the look-back window.</summary>
    public required IReadOnlyList<double> RecencyMonths { get; init; }

    /// <summary>The weight of each band: a child who left recently is likelier to be contacted about again.</summary>
    public required IReadOnlyList<double> RecencyWeights { get; init; }

    /// <summary>Ages of children new to services at their first contact.</summary>
    public required AgeMix AgeMix { get; init; }

    /// <summary>Children who left services in the look-back window before the run, by what services did for them; as many a year as new children arrive.</summary>
    public required InvolvementMix KnownBeforeStart { get; init; }

    /// <summary>The share of children on protection plans at the start whose history holds an earlier plan (national, DfE 2017-18: 20.2% of plans are second or later).</summary>
    public required double EarlierProtectionPlanAtStart { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (!(ShareOfContacts >= 0 && ShareOfContacts < 1)) yield return new("shareOfContacts", $"is a share: at least 0 and below 1, not {ShareOfContacts}");
        if (!(EarlierProtectionPlanAtStart >= 0 && EarlierProtectionPlanAtStart <= 1)) yield return new("earlierProtectionPlanAtStart", $"is a share: between 0 and 1, not {EarlierProtectionPlanAtStart}");
        if (!(PrematureWeight >= 0 && double.IsFinite(PrematureWeight))) yield return new("prematureWeight", $"is a relative weight: zero or more, not {PrematureWeight}");
        if (RecencyMonths.Count == 0) yield return new("recencyMonths", "needs at least one look-back band");
        for (int i = 0; i < RecencyMonths.Count; i++)
        {
            if (!(RecencyMonths[i] > (i == 0 ? 0 : RecencyMonths[i - 1])) || RecencyMonths[i] > 18 * 12)
            {
                yield return new("recencyMonths", $"must rise from above 0 to at most 216 months (18 years); item {i + 1} is {RecencyMonths[i]}");
                break;
            }
        }
        if (RecencyWeights.Count != RecencyMonths.Count) yield return new("recencyWeights", $"needs one weight per look-back band ({RecencyMonths.Count}), not {RecencyWeights.Count}");
        foreach (var w in RecencyWeights)
        {
            if (w >= 0 && double.IsFinite(w)) continue;
            yield return new("recencyWeights", $"are relative weights: zero or more, not {w}");
            break;
        }
    }
}
