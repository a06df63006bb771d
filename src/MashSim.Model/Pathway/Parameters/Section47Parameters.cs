using MashSim.Model.Parameters;
using MashSim.Kernel.Random;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>The section 47 enquiry: how long it runs, the social worker's hours, and whether it leads to a conference.</summary>
public sealed record Section47Parameters : IValidatable
{
    /// <summary>Working days from the strategy discussion until the enquiry's findings are ready.</summary>
    public DistributionSpec WorkingDays { get; init; } = DistributionSpec.Triangular(3, 7, 12);

    /// <summary>Hours of the social worker's time the enquiry takes, spread over its working days (it is done before other work).</summary>
    public double WorkHours { get; init; } = 12;

    /// <summary>The chance the enquiry leads to an initial child protection conference (national: ICPCs are about 40% of section 47s).</summary>
    public double ConferenceProbability { get; init; } = 0.4;

    /// <summary>Without a conference: the chance of a child in need plan; otherwise the case closes.</summary>
    public double ChildInNeedIfNoConference { get; init; } = 0.5;

    public IEnumerable<ValidationProblem> Validate()
    {
        if (!(WorkHours >= 0)) yield return new("workHours", $"must be zero or more, not {WorkHours}");
        foreach (var problem in MashSim.Model.Parameters.Shares.Probabilities(("conferenceProbability", ConferenceProbability), ("childInNeedIfNoConference", ChildInNeedIfNoConference))) yield return problem;
    }
}
