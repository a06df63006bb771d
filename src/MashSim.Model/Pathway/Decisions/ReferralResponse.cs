namespace MashSim.Model.Pathway.Decisions;

/// <summary>The decision on the type of response to a referral.</summary>
public enum ReferralResponse
{
    Assessment,

    /// <summary>Closed with no further action before any assessment (national 2017-18: 9.4% of referrals).</summary>
    NoFurtherAction,
}
