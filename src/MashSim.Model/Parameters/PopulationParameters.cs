using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Parameters;

/// <summary>The child population the authority serves, for rates per 10,000 children.</summary>
public sealed record PopulationParameters : IValidatable
{
    public required int Children { get; init; }

    /// <summary>Which child each contact is about: known children by their history, or children new to services.</summary>
    public required Population.KnownChildrenParameters KnownChildren { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (Children <= 0) yield return new("children", $"must be greater than zero, not {Children}");
    }
}
