using MashSim.Model.Parameters;
using MashSim.Kernel.Random;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>Early help: step-down cases wait for the weekly panel (Cumbria's EHFSPs, 000 and 001), then receive help for a while.</summary>
public sealed record EarlyHelpParameters : IValidatable
{
    public required DayOfWeek PanelDay { get; init; }

    /// <summary>Weeks of early help.</summary>
    public required DistributionSpec Weeks { get; init; }

    /// <summary>The chance early help ends with a step-up: a new contact to the MASH.</summary>
    public required double StepUpProbability { get; init; }

    public IEnumerable<ValidationProblem> Validate() =>
        MashSim.Model.Parameters.Shares.Probabilities(("stepUpProbability", StepUpProbability));
}
