using MashSim.Model.Parameters;
using MashSim.Kernel.Random;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>The section 47 enquiry: how long it runs, the social worker's hours, and whether it leads to a conference.</summary>
public sealed record Section47Parameters : IValidatable
{
    /// <summary>Working days from the strategy discussion until the enquiry's findings are ready.</summary>
    public required DistributionSpec WorkingDays { get; init; }

    /// <summary>Hours of the social worker's time the enquiry takes, spread over its working days (it is done before other work).</summary>
    public required double WorkHours { get; init; }

    /// <summary>The chance the enquiry leads to an initial child protection conference (national: ICPCs are about 40% of section 47s).</summary>
    public required double ConferenceProbability { get; init; }

    /// <summary>Without a conference: the chance of a child in need plan; otherwise the case closes.</summary>
    public required double ChildInNeedIfNoConference { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (!(WorkHours >= 0)) yield return new("workHours", $"must be zero or more, not {WorkHours}");
        foreach (var problem in MashSim.Model.Parameters.Shares.Probabilities(("conferenceProbability", ConferenceProbability), ("childInNeedIfNoConference", ChildInNeedIfNoConference))) yield return problem;
    }
}
