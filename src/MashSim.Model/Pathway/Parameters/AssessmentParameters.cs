using MashSim.Model.Parameters;
using MashSim.Kernel.Random;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>The single assessment: hours of a social worker's time, due within 45 working days of the referral, and where it leads.</summary>
public sealed record AssessmentParameters : IValidatable
{
    /// <summary>Hours of work an assessment needs in all (visits, checks, analysis, write-up).</summary>
    public required DistributionSpec WorkHours { get; init; }

    /// <summary>At most this many hours a working day go to one assessment (visits need families to be in).</summary>
    public required double MaxHoursPerDay { get; init; }

    public required int TimescaleWorkingDays { get; init; }

    /// <summary>Working days an assessment takes at the least however much time the worker has (appointments, other agencies' reports); null for none.</summary>
    public DistributionSpec? MinimumWorkingDays { get; init; }

    public required AssessmentOutcomes Outcomes { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (!(MaxHoursPerDay > 0)) yield return new("maxHoursPerDay", $"must be greater than zero, not {MaxHoursPerDay}");
        if (TimescaleWorkingDays < 1) yield return new("timescaleWorkingDays", $"must be at least 1, not {TimescaleWorkingDays}");
    }
}
