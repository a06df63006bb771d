namespace MashSim.Model.Contacts;

/// <summary>Where a contact is on its way through the front door. States are places; the last three are where contacts leave.</summary>
public enum ContactState
{
    Received,
    WithEmergencyDutyTeam,
    AwaitingScreening,
    AwaitingChecks,
    AwaitingDecision,
    AwaitingManagerAgreement,
    InTransfer,

    /// <summary>Red: passed straight to a duty team for a strategy discussion.</summary>
    TransferredToDuty,

    /// <summary>Converted to a referral and sent to the district social work team.</summary>
    Referred,

    /// <summary>Closed by the MASH: no further action, advice, or early help.</summary>
    Closed,
}
