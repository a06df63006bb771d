using MashSim.Model.Parameters.Validation;
using MashSim.Model.Parameters;

namespace MashSim.Experiments.Scenarios;

/// <summary>A scenario file's <c>run</c> section: the simulated period, which the model gets, and the replications and seed, which only the experiment's plan holds.</summary>
public sealed record RunSettings : IValidatable
{
    public DateOnly Start { get; init; } = new(2017, 4, 3);
    public int HorizonDays { get; init; } = 365;
    public int WarmupDays { get; init; } = 28;
    public int DrainDays { get; init; } = 90;
    public int Replications { get; init; } = 10;
    public long Seed { get; init; } = 20171106;

    /// <summary>The simulated period, as the model sees it.</summary>
    public RunParameters Period() => new() { Start = Start, HorizonDays = HorizonDays, WarmupDays = WarmupDays, DrainDays = DrainDays };

    public IEnumerable<ValidationProblem> Validate()
    {
        if (HorizonDays <= 0) yield return new("horizonDays", $"must be greater than zero, not {HorizonDays}");
        if (WarmupDays < 0) yield return new("warmupDays", $"must be zero or more, not {WarmupDays}");
        else if (WarmupDays >= HorizonDays) yield return new("warmupDays", $"must be shorter than horizonDays ({HorizonDays}), not {WarmupDays}");
        if (DrainDays < 0) yield return new("drainDays", $"must be zero or more, not {DrainDays}");
        if (Replications < 2) yield return new("replications", $"needs at least 2 for a confidence interval, not {Replications}");
    }
}
