using MashSim.Kernel.Random;

namespace MashSim.Model.Parameters;

/// <summary>The emergency duty team (EDT) that answers contacts out of hours: it acts on immediate risk and passes the rest to the MASH.</summary>
public sealed record EmergencyDuty
{
    /// <summary>Minutes for the EDT to respond to a contact.</summary>
    public required DistributionSpec ResponseMinutes { get; init; }
}
