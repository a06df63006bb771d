using MashSim.Kernel.Random;
using MashSim.Model.Contacts;
using MashSim.Model.Parameters;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.EarlyHelp;

/// <summary>The early help hub beside the MASH (004 para 5; 001; 002 para 11-12): families stepped to early help wait for one of its workers, who each hold up to a caseload cap; episodes end, close, or step up when risk escalates.</summary>
public sealed record EarlyHelpHubParameters : IValidatable
{
    /// <summary>Early help workers holding families.</summary>
    public required int Workers { get; init; }

    /// <summary>The most families one worker holds; the rest wait.</summary>
    public required int CaseloadCap { get; init; }

    /// <summary>The share of families the hub's own workers take; a partner agency's lead professional (a school, a health visitor) holds the rest, outside the hub's capacity (004 para 6).</summary>
    public required double HubShare { get; init; }

    /// <summary>The hub allocates in its working hours.</summary>
    public required OfficeHours Hours { get; init; }

    /// <summary>Weeks of work with a family once allocated.</summary>
    public required DistributionSpec EpisodeWeeks { get; init; }

    /// <summary>How allocated episodes end.</summary>
    public required EarlyHelpEndingMix Endings { get; init; }

    /// <summary>The chance a week that a waiting family's risk escalates so far that it is stepped up before a worker is free.</summary>
    public required double EscalationPerWeekWaiting { get; init; }

    /// <summary>How a step-up's contact to the MASH is rated.</summary>
    public required RagRating StepUpRating { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (Workers < 1) yield return new("workers", $"the hub needs at least one worker, not {Workers}");
        if (CaseloadCap < 1) yield return new("caseloadCap", $"must be at least 1, not {CaseloadCap}");
        foreach (var problem in Parameters.Shares.Probabilities(("hubShare", HubShare), ("escalationPerWeekWaiting", EscalationPerWeekWaiting))) yield return problem;
    }
}

/// <summary>The share of allocated early help episodes ending each way.</summary>
public sealed record EarlyHelpEndingMix : ShareMix<EarlyHelpEnding>
{
    public double Completed { get; init; }
    public double Closed { get; init; }
    public double SteppedUp { get; init; }
}
