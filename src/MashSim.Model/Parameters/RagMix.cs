using MashSim.Model.Contacts;

namespace MashSim.Model.Parameters;

/// <summary>The share of contacts rated red, amber and green at screening.</summary>
public sealed record RagMix : ShareMix<RagRating>
{
    public double Red { get; init; } = 0.08;
    public double Amber { get; init; } = 0.42;
    public double Green { get; init; } = 0.50;
}
