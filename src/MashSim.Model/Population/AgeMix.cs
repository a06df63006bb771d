using MashSim.Model.Parameters;

namespace MashSim.Model.Population;

/// <summary>How old children are when first contacted about: the share in each age group; ages are uniform within a group.</summary>
public sealed record AgeMix : ShareMix<AgeBand>
{
    public double UnderOne { get; init; }
    public double OneToFour { get; init; }
    public double FiveToNine { get; init; }
    public double TenToFifteen { get; init; }
    public double SixteenAndSeventeen { get; init; }

    /// <summary>The youngest and (exclusive) oldest age of a group, in years.</summary>
    public static (double From, double To) Years(AgeBand band) => band switch
    {
        AgeBand.UnderOne => (0, 1),
        AgeBand.OneToFour => (1, 5),
        AgeBand.FiveToNine => (5, 10),
        AgeBand.TenToFifteen => (10, 16),
        _ => (16, 18),
    };
}
