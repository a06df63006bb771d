using MashSim.Model.Parameters.Validation;

namespace MashSim.Experiments.Staffing;

/// <summary>What one full-time post in a role costs a year, so the staffing finder can price a mix of roles.</summary>
public sealed record StaffCost : IValidatable
{
    /// <summary>The staff count's path in the scenario, as <c>mashsim staff --role</c> names it (e.g. mash.staff.socialWorkers).</summary>
    public required string Role { get; init; }

    /// <summary>Salary and on-costs of one full-time post for a year, in pounds.</summary>
    public required double PerFtePerYear { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (string.IsNullOrWhiteSpace(Role)) yield return new("role", "name the staff count, e.g. mash.staff.socialWorkers");
        if (!(PerFtePerYear > 0 && double.IsFinite(PerFtePerYear))) yield return new("perFtePerYear", $"must be above zero, not {PerFtePerYear}");
    }
}
