
namespace MashSim.Model.Parameters;

/// <summary>Threshold decision chances for amber and green contacts; red contacts are always referred (immediate risk).</summary>
public sealed record DecisionMixes
{
    public required DecisionMix Amber { get; init; }
    public required DecisionMix Green { get; init; }
}
