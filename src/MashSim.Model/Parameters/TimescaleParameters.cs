using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Parameters;

/// <summary>The timescales outcomes are measured against, and when the case system flags a contact as overdue.</summary>
public sealed record TimescaleParameters : IValidatable
{
    /// <summary>Working days from contact to decision (Working Together 2018: within one working day).</summary>
    public required int DecisionWorkingDays { get; init; }

    /// <summary>Target hours (elapsed) from contact to transfer of a red contact to a duty team.</summary>
    public required double RedTransferTargetHours { get; init; }

    /// <summary>Share of decisions within <see cref="DecisionWorkingDays"/> the service aims for (the planner's question: 95%).</summary>
    public required double DecisionTargetShare { get; init; }

    /// <summary>Working days after which an undecided amber contact is flagged overdue.</summary>
    public required int AmberFlagWorkingDays { get; init; }

    /// <summary>Working days after which an undecided green contact is flagged overdue.</summary>
    public required int GreenFlagWorkingDays { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (DecisionWorkingDays < 1) yield return new("decisionWorkingDays", $"must be at least 1, not {DecisionWorkingDays}");
        if (!(RedTransferTargetHours > 0)) yield return new("redTransferTargetHours", $"must be greater than zero, not {RedTransferTargetHours}");
        if (!(DecisionTargetShare > 0 && DecisionTargetShare <= 1)) yield return new("decisionTargetShare", $"must lie in (0, 1], not {DecisionTargetShare}");
        if (AmberFlagWorkingDays < 1) yield return new("amberFlagWorkingDays", $"must be at least 1, not {AmberFlagWorkingDays}");
        if (GreenFlagWorkingDays < 1) yield return new("greenFlagWorkingDays", $"must be at least 1, not {GreenFlagWorkingDays}");
    }
}
