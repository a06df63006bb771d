namespace MashSim.Model.Contacts;

/// <summary>The outcome of the MASH threshold decision on a contact.</summary>
public enum ThresholdDecision
{
    NoFurtherAction,
    Advice,
    EarlyHelp,
    Referral,
}
