using MashSim.Model.Contacts;

namespace MashSim.Model.Parameters;

/// <summary>The chances of each threshold decision for contacts of one RAG rating.</summary>
public sealed record DecisionMix : ShareMix<ThresholdDecision>
{
    public double NoFurtherAction { get; init; }
    public double Advice { get; init; }
    public double EarlyHelp { get; init; }
    public double Referral { get; init; }
}
