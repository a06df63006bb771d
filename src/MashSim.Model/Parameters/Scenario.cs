using MashSim.Kernel.Validation;

namespace MashSim.Model.Parameters;

/// <summary>Everything one simulation needs to know about a local authority's front door: the scenario a YAML file describes.</summary>
/// <remarks>Immutable: a what-if is <c>scenario with { ... }</c>, and a run never writes back into its scenario.</remarks>
public sealed record Scenario : IValidatable
{
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public PopulationParameters Population { get; init; } = new();
    public RunParameters Run { get; init; } = new();
    public DemandParameters Demand { get; init; } = new();
    public MashParameters Mash { get; init; } = new();
    public TimescaleParameters Timescales { get; init; } = new();

    /// <summary>Figures from the reports and national statistics the scenario should reproduce (<c>mashsim calibrate</c>).</summary>
    public IReadOnlyList<CalibrationTarget> Calibration { get; init; } = [];

    /// <summary>The yearly cost of a post in each role the staffing finder may vary (<c>mashsim staff</c> with several roles).</summary>
    public IReadOnlyList<StaffCost> StaffCosts { get; init; } = [];

    /// <summary>What follows the front door; null stops the run at the front door.</summary>
    public Pathway.Parameters.PathwayParameters? Pathway { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (string.IsNullOrWhiteSpace(Name)) yield return new("name", "must not be empty");
        else if (Name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || Name.Contains(' '))
            yield return new("name", $"'{Name}' is used in the results folder name: use letters, digits and dashes only");
        var repeated = StaffCosts.GroupBy(c => c.Role).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) yield return new("staffCosts", $"'{repeated.Key}' is costed twice");
    }
}
