using MashSim.Model.Contacts;

namespace MashSim.Model.Parameters;

/// <summary>The share of contacts from each source; the shares sum to 1.</summary>
public sealed record SourceMix : ShareMix<ContactSource>
{
    public double Police { get; init; }
    public double School { get; init; }
    public double Health { get; init; }
    public double LocalAuthority { get; init; }
    public double Individual { get; init; }
    public double Other { get; init; }
}
