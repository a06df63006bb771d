using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Parameters;

/// <summary>How many contacts arrive, from whom, and when in the week and year.</summary>
/// <remarks>
/// The profiles are relative weights, normalised so that the year's expected total is <see cref="ContactsPerYear"/>;
/// leaving a profile out means a flat one.
/// </remarks>
public sealed record DemandParameters : IValidatable
{
    public required double ContactsPerYear { get; init; }
    public required SourceMix SourceMix { get; init; }

    /// <summary>Relative volume Monday to Sunday (seven weights).</summary>
    public IReadOnlyList<double>? WeekdayProfile { get; init; }

    /// <summary>Relative volume by hour of day, 00:00 to 23:00 (24 weights).</summary>
    public IReadOnlyList<double>? HourProfile { get; init; }

    /// <summary>Relative volume January to December (12 weights).</summary>
    public IReadOnlyList<double>? MonthProfile { get; init; }

    /// <summary>Yearly growth of demand from the run's start (0.03 for 3% more each year), compounding.</summary>
    public required double AnnualGrowth { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (!(ContactsPerYear >= 0)) yield return new("contactsPerYear", $"must be zero or more, not {ContactsPerYear}");
        if (!(AnnualGrowth > -1 && AnnualGrowth < 10)) yield return new("annualGrowth", $"is a yearly fraction above -1 (0.03 for 3%), not {AnnualGrowth}");
        foreach (var problem in ProfileProblems("weekdayProfile", WeekdayProfile, 7)) yield return problem;
        foreach (var problem in ProfileProblems("hourProfile", HourProfile, 24)) yield return problem;
        foreach (var problem in ProfileProblems("monthProfile", MonthProfile, 12)) yield return problem;
    }

    private static IEnumerable<ValidationProblem> ProfileProblems(string name, IReadOnlyList<double>? profile, int length)
    {
        if (profile is null) yield break;
        if (profile.Count != length) yield return new(name, $"needs {length} weights, not {profile.Count}");
        else if (profile.Any(w => w < 0)) yield return new(name, "weights must be zero or more");
        else if (profile.Sum() <= 0) yield return new(name, "at least one weight must be greater than zero");
    }
}
