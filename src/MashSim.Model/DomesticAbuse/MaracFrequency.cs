namespace MashSim.Model.DomesticAbuse;

/// <summary>How often the MARAC meets: daily in Cambridgeshire (004 para 9), weekly or fortnightly in many areas.</summary>
public enum MaracFrequency
{
    Daily,
    Weekly,
    Fortnightly,
}
