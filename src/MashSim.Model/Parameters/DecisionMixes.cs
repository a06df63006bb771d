
namespace MashSim.Model.Parameters;

/// <summary>Threshold decision chances for amber and green contacts; red contacts are always referred (immediate risk).</summary>
public sealed record DecisionMixes
{
    public DecisionMix Amber { get; init; } = new() { NoFurtherAction = 0.15, Advice = 0.15, EarlyHelp = 0.25, Referral = 0.45 };
    public DecisionMix Green { get; init; } = new() { NoFurtherAction = 0.40, Advice = 0.30, EarlyHelp = 0.25, Referral = 0.05 };
}
