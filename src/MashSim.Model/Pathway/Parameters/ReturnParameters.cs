using MashSim.Model.Parameters;
using MashSim.Kernel.Random;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>Children coming back: how they are rated, and how likely a closure is to be premature under caseload pressure (000, 001, 003); whether a child comes back is the population's (<see cref="Population.KnownChildrenParameters"/>).</summary>
/// <remarks>
/// Pressure is a worker's weekly hours demanded over hours available. The chance that a closure or step-down is
/// premature is <see cref="PrematureBase"/> plus <see cref="PrematurePerUnitPressure"/> times the pressure above 1.
/// </remarks>
public sealed record ReturnParameters : IValidatable
{
    /// <summary>How children who come back are rated at screening; null for the MASH's usual mix. Known children are often rated more urgently.</summary>
    public MashSim.Model.Parameters.RagMix? RagMix { get; init; }

    public required double PrematureBase { get; init; }
    public required double PrematurePerUnitPressure { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        foreach (var problem in MashSim.Model.Parameters.Shares.Probabilities(("prematureBase", PrematureBase))) yield return problem;
        if (!(PrematurePerUnitPressure >= 0)) yield return new("prematurePerUnitPressure", $"must be zero or more, not {PrematurePerUnitPressure}");
    }
}
