using MashSim.Model.Contacts;

namespace MashSim.Model.Parameters;

/// <summary>The share of contacts from each source; the shares sum to 1.</summary>
public sealed record SourceMix : ShareMix<ContactSource>
{
    public double Police { get; init; } = 0.29;
    public double School { get; init; } = 0.18;
    public double Health { get; init; } = 0.15;
    public double LocalAuthority { get; init; } = 0.14;
    public double Individual { get; init; } = 0.08;
    public double Other { get; init; } = 0.16;
}
