using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>The decision on the type of response to a referral, made within one working day (Working Together 2018).</summary>
public sealed record ReferralParameters : IValidatable
{
    /// <summary>The chance a referral that is not red is closed with no further action before any assessment (national 2017-18: 9.4% of all referrals).</summary>
    public required double NoFurtherActionProbability { get; init; }

    public IEnumerable<ValidationProblem> Validate() =>
        MashSim.Model.Parameters.Shares.Probabilities(("noFurtherActionProbability", NoFurtherActionProbability));
}
