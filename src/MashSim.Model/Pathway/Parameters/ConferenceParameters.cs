using MashSim.Model.Parameters;
using MashSim.Kernel.Random;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>Child protection conferences: chairs' slots, the statutory timescale and what an initial conference decides.</summary>
public sealed record ConferenceParameters : IValidatable
{
    /// <summary>Conferences (initial or review) the chairs can hold each working day.</summary>
    public required int SlotsPerWorkingDay { get; init; }

    /// <summary>The most slots a day: far beyond England's (england-scale.yaml: 1,529).</summary>
    public const int MaxSlotsPerWorkingDay = 100_000;

    /// <summary>Working days from the strategy discussion by which the initial conference is due (Working Together 2018: 15).</summary>
    public required int InitialTimescaleWorkingDays { get; init; }

    /// <summary>Working days from the end of the section 47 enquiry to the earliest date an initial conference can be held (invitations, reports); null for none.</summary>
    public DistributionSpec? NoticeWorkingDays { get; init; }

    /// <summary>The chance an initial conference makes a child protection plan (national: about 86%).</summary>
    public required double PlanProbability { get; init; }

    /// <summary>Without a plan: the chance of a child in need plan; otherwise the case closes.</summary>
    public required double ChildInNeedIfNoPlan { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (SlotsPerWorkingDay < 1) yield return new("slotsPerWorkingDay", $"must be at least 1, not {SlotsPerWorkingDay}");
        else if (SlotsPerWorkingDay > MaxSlotsPerWorkingDay)
            yield return new("slotsPerWorkingDay", $"must be at most {MaxSlotsPerWorkingDay:N0} (England as a whole needs about 1,500), not {SlotsPerWorkingDay:N0}");
        if (InitialTimescaleWorkingDays < 1) yield return new("initialTimescaleWorkingDays", $"must be at least 1, not {InitialTimescaleWorkingDays}");
        foreach (var problem in MashSim.Model.Parameters.Shares.Probabilities(("planProbability", PlanProbability), ("childInNeedIfNoPlan", ChildInNeedIfNoPlan))) yield return problem;
    }
}
