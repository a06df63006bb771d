using MashSim.Model.Contacts;

namespace MashSim.Model.Processes;

/// <summary>The MASH as the optional processes see it: where their referrals become contacts, and where a new child gets its id.</summary>
internal interface IMashIntake
{
    /// <summary>A child not seen before, for a notification or a missing episode that starts a new history.</summary>
    int NewChildId();

    /// <summary>A contact to the MASH about <paramref name="childId"/>, rated as the process that sends it rates it.</summary>
    void Contact(int childId, ContactSource source, RagRating rating);
}
