using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Parameters;

/// <summary>The multi-agency checks a lead worker sends for amber contacts, and how long the worker waits for them.</summary>
public sealed record AgencyChecks : IValidatable
{
    /// <summary>Outstanding checks are tracked as one bit per agency.</summary>
    public const int MaxAgencies = 64;

    public IReadOnlyList<Agency> Agencies { get; init; } = [];

    /// <summary>Working hours after the checks go out at which the worker decides with whatever has come back; null waits for all.</summary>
    public double? DeadlineWorkingHours { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (DeadlineWorkingHours is { } hours && !(hours > 0)) yield return new("deadlineWorkingHours", $"must be greater than zero, not {hours}");
        // The bound of any duration figure: 1e308 hours is infinite minutes, which the calendar refuses mid-run.
        else if (DeadlineWorkingHours > DistributionSpec.MaxParameter)
            yield return new("deadlineWorkingHours", $"must be at most 1e12 hours (a deadline past 60,000 days never comes in a run anyway), not {DeadlineWorkingHours:G}");
        if (Agencies.Count > MaxAgencies) yield return new("agencies", $"at most {MaxAgencies} agencies, not {Agencies.Count}");
        var duplicate = Agencies.GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) yield return new("agencies", $"agency '{duplicate.Key}' is listed twice");
    }
}
