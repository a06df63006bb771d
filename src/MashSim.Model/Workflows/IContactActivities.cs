using MashSim.Model.Contacts;

namespace MashSim.Model.Workflows;

/// <summary>The work the contact workflow asks for on entering a state; each call only requests staff or schedules events.</summary>
public interface IContactActivities
{
    void RequestEmergencyDutyResponse(Contact contact);
    void RequestScreening(Contact contact);
    void SendChecks(Contact contact);
    void RequestDecision(Contact contact);
    void RequestManagerAgreement(Contact contact);
    void StartTransfer(Contact contact);

    /// <summary>Whether this contact's decision needs a manager: always for a referral, for the rest when the scenario says so.</summary>
    bool NeedsManagerAgreement(Contact contact);
}
