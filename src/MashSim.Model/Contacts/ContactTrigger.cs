namespace MashSim.Model.Contacts;

/// <summary>What happens to a contact; each is a fact the kernel's agenda reports when it falls due.</summary>
public enum ContactTrigger
{
    Arrived,
    EmergencyDutyResponded,
    Screened,
    ChecksComplete,
    DecisionMade,
    ManagerAgreed,
    TransferCompleted,
}
