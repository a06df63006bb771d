using MashSim.Model.Parameters;
using MashSim.Kernel.Random;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>Strategy discussions: the social worker, the police and health together ("face-to-face meetings ... all relevant partners", 002 p14).</summary>
public sealed record StrategyDiscussionParameters : IValidatable
{
    /// <summary>Police officers available for strategy discussions at once (in office hours).</summary>
    public required int PoliceAvailable { get; init; }

    /// <summary>Health professionals available for strategy discussions at once (in office hours).</summary>
    public required int HealthAvailable { get; init; }

    /// <summary>Working minutes a discussion takes.</summary>
    public required DistributionSpec Minutes { get; init; }

    /// <summary>Working days from the decision to hold one within which it counts as timely (local procedures: within 24 hours).</summary>
    public required int TargetWorkingDays { get; init; }

    /// <summary>The chance it starts a section 47 enquiry (national: section 47s are about 30% of referrals).</summary>
    public required double Section47Probability { get; init; }

    /// <summary>Without a section 47: the chance of a child in need plan; otherwise the case closes.</summary>
    public required double ChildInNeedIfNoSection47 { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (PoliceAvailable < 1) yield return new("policeAvailable", $"a strategy discussion needs the police: at least 1, not {PoliceAvailable}");
        if (HealthAvailable < 1) yield return new("healthAvailable", $"a strategy discussion needs health: at least 1, not {HealthAvailable}");
        if (TargetWorkingDays < 1) yield return new("targetWorkingDays", $"must be at least 1, not {TargetWorkingDays}");
        foreach (var problem in MashSim.Model.Parameters.Shares.Probabilities(("section47Probability", Section47Probability), ("childInNeedIfNoSection47", ChildInNeedIfNoSection47))) yield return problem;
    }
}
