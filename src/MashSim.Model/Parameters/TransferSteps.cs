using MashSim.Kernel.Random;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Parameters;

/// <summary>The administrative steps that convert a contact into a referral and send it to the district team.</summary>
public sealed record TransferSteps : IValidatable
{
    public required int Steps { get; init; }

    /// <summary>Working minutes of business support for each step.</summary>
    public required DistributionSpec StepMinutes { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (Steps < 0) yield return new("steps", $"must be zero or more, not {Steps}");
    }
}
