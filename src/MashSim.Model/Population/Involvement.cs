namespace MashSim.Model.Population;

/// <summary>The most that children's services have done for a child so far, which says how likely another contact about them is.</summary>
/// <remarks>Ordered from least to most: a child who had a plan of protection is the likeliest to be contacted about again.</remarks>
public enum Involvement
{
    Contact,
    Referral,
    ChildInNeedPlan,
    ChildProtectionPlan,
}
