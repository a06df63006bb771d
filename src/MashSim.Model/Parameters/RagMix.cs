using MashSim.Model.Parameters.Validation;
using MashSim.Model.Contacts;

namespace MashSim.Model.Parameters;

/// <summary>The share of contacts rated red, amber and green at screening.</summary>
public sealed record RagMix : IValidatable
{
    public double Red { get; init; } = 0.08;
    public double Amber { get; init; } = 0.42;
    public double Green { get; init; } = 0.50;

    public IEnumerable<KeyValuePair<RagRating, double>> Shares() =>
        [new(RagRating.Red, Red), new(RagRating.Amber, Amber), new(RagRating.Green, Green)];

    public IEnumerable<ValidationProblem> Validate() => Parameters.Shares.Check([("red", Red), ("amber", Amber), ("green", Green)]);
}
