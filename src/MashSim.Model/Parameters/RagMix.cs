using MashSim.Model.Contacts;

namespace MashSim.Model.Parameters;

/// <summary>The share of contacts rated red, amber and green at screening.</summary>
public sealed record RagMix : ShareMix<RagRating>
{
    public double Red { get; init; }
    public double Amber { get; init; }
    public double Green { get; init; }
}
