namespace MashSim.Model.EarlyHelp;

/// <summary>How an episode of early help ends.</summary>
public enum EarlyHelpEnding
{
    /// <summary>The family's needs were met; the episode ends.</summary>
    Completed,

    /// <summary>The family disengaged or the episode was closed without a plan's end.</summary>
    Closed,

    /// <summary>Risk escalated: stepped up to children's social care, a contact to the MASH.</summary>
    SteppedUp,
}
