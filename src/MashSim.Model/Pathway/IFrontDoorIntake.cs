using MashSim.Model.Contacts;

namespace MashSim.Model.Pathway;

/// <summary>The front door as the pathway sees it: where children who step up or come back arrive as new contacts.</summary>
internal interface IFrontDoorIntake
{
    void ReceiveContact(int childId, ContactSource source);
}
