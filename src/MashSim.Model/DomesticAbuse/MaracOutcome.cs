namespace MashSim.Model.DomesticAbuse;

/// <summary>What a MARAC decides for a case it hears.</summary>
public enum MaracOutcome
{
    /// <summary>Agencies take actions under a coordinated safety plan; the case leaves the front door.</summary>
    Actions,

    /// <summary>A referral to children's social care: a contact to the MASH.</summary>
    Referral,

    /// <summary>No further action.</summary>
    NoFurtherAction,
}
