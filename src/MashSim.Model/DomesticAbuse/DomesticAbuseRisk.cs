namespace MashSim.Model.DomesticAbuse;

/// <summary>The risk level a domestic abuse notification is assessed at (the DASH risk checklist's levels).</summary>
public enum DomesticAbuseRisk
{
    Standard,
    Medium,
    High,
}
