using MashSim.Model.Parameters;
using MashSim.Kernel.Random;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>Children coming back: after closure some return as new contacts, more often when the case was closed too soon under caseload pressure (000, 001, 003).</summary>
/// <remarks>
/// Pressure is a worker's weekly hours demanded over hours available. The chance that a closure or step-down is
/// premature is <see cref="PrematureBase"/> plus <see cref="PrematurePerUnitPressure"/> times the pressure above 1.
/// </remarks>
public sealed record ReturnParameters : IValidatable
{
    /// <summary>The chance a properly closed case comes back as a new contact.</summary>
    public required double ReturnProbability { get; init; }

    /// <summary>The chance a prematurely closed case comes back.</summary>
    public required double ReturnProbabilityIfPremature { get; init; }

    /// <summary>Days from closure to the new contact, for those who return.</summary>
    public required DistributionSpec DaysToReturn { get; init; }

    /// <summary>How children who come back are rated at screening; null for the MASH's usual mix. Known children are often rated more urgently.</summary>
    public MashSim.Model.Parameters.RagMix? RagMix { get; init; }

    public required double PrematureBase { get; init; }
    public required double PrematurePerUnitPressure { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        foreach (var problem in MashSim.Model.Parameters.Shares.Probabilities(("returnProbability", ReturnProbability),
                     ("returnProbabilityIfPremature", ReturnProbabilityIfPremature), ("prematureBase", PrematureBase))) yield return problem;
        if (!(PrematurePerUnitPressure >= 0)) yield return new("prematurePerUnitPressure", $"must be zero or more, not {PrematurePerUnitPressure}");
    }
}
