namespace MashSim.Model.Contacts;

/// <summary>Who made the contact (DfE referral source categories, grouped).</summary>
public enum ContactSource
{
    Police,
    School,
    Health,
    LocalAuthority,
    Individual,
    Other,
}
