namespace MashSim.Model.Contacts;

/// <summary>The MASH's red/amber/green rating of a contact's urgency; the order is the order of priority.</summary>
public enum RagRating
{
    Red = 0,
    Amber = 1,
    Green = 2,
}
