using MashSim.Kernel.Random;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Parameters;

/// <summary>A partner agency that answers MASH checks (police, health, education...), faster when it sits in the MASH.</summary>
public sealed record Agency : IValidatable
{
    public required string Name { get; init; }
    public required bool Colocated { get; init; }

    /// <summary>The chance that an amber contact needs this agency's check.</summary>
    public required double AskedProbability { get; init; }

    /// <summary>Working minutes to answer while co-located.</summary>
    public required DistributionSpec ColocatedReplyMinutes { get; init; }

    /// <summary>Working minutes to answer when based elsewhere (telephone and email).</summary>
    public required DistributionSpec RemoteReplyMinutes { get; init; }

    public DistributionSpec ReplyMinutes => Colocated ? ColocatedReplyMinutes : RemoteReplyMinutes;

    public IEnumerable<ValidationProblem> Validate()
    {
        if (string.IsNullOrWhiteSpace(Name)) yield return new("name", "must not be empty");
        if (!(AskedProbability >= 0 && AskedProbability <= 1)) yield return new("askedProbability", $"is a probability: it must lie between 0 and 1, not {AskedProbability}");
    }
}
