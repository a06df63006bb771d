using MashSim.Kernel.Random;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Parameters;

/// <summary>The administrative steps that convert a contact into a referral and send it to the district team.</summary>
public sealed record TransferSteps : IValidatable
{
    public int Steps { get; init; } = 2;

    /// <summary>Working minutes of business support for each step.</summary>
    public DistributionSpec StepMinutes { get; init; } = DistributionSpec.LogNormal(30, 20);

    public IEnumerable<ValidationProblem> Validate()
    {
        if (Steps < 0) yield return new("steps", $"must be zero or more, not {Steps}");
    }
}
