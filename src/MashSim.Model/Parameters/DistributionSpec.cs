using MashSim.Kernel.Random;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Parameters;

/// <summary>A distribution as a scenario writes it, e.g. <c>{ dist: lognormal, mean: 25, sd: 15 }</c>, in the unit its field names.</summary>
/// <remarks>
/// Lognormal and gamma are given by mean and standard deviation, the figures a practitioner can estimate;
/// the kernel's <see cref="Samplers"/> convert them to each family's own parameters.
/// </remarks>
public sealed record DistributionSpec : IValidatable
{
    public DistributionKind Dist { get; init; }
    public double? Value { get; init; }
    public double? Mean { get; init; }
    public double? Sd { get; init; }
    public double? Min { get; init; }
    public double? Mode { get; init; }
    public double? Max { get; init; }
    public IReadOnlyList<double>? Values { get; init; }

    public static DistributionSpec Fixed(double value) => new() { Dist = DistributionKind.Fixed, Value = value };
    public static DistributionSpec Exponential(double mean) => new() { Dist = DistributionKind.Exponential, Mean = mean };
    public static DistributionSpec LogNormal(double mean, double sd) => new() { Dist = DistributionKind.LogNormal, Mean = mean, Sd = sd };
    public static DistributionSpec Gamma(double mean, double sd) => new() { Dist = DistributionKind.Gamma, Mean = mean, Sd = sd };
    public static DistributionSpec Triangular(double min, double mode, double max) => new() { Dist = DistributionKind.Triangular, Min = min, Mode = mode, Max = max };

    /// <summary>A sampler of this distribution drawing from <paramref name="stream"/>; an <see cref="ArgumentException"/> if the spec is not valid.</summary>
    public ISampler Sampler(System.Random stream)
    {
        var problem = Validate().FirstOrDefault();
        if (problem != default) throw new ArgumentException($"Invalid distribution {this}: {problem.Property} {problem.Message}", nameof(stream));
        return Dist switch
        {
            DistributionKind.Fixed => Samplers.Fixed(Value!.Value),
            DistributionKind.Exponential => Samplers.Exponential(Mean!.Value, stream),
            DistributionKind.LogNormal => Samplers.LogNormal(Mean!.Value, Sd!.Value, stream),
            DistributionKind.Gamma => Samplers.Gamma(Mean!.Value, Sd!.Value, stream),
            DistributionKind.Triangular => Samplers.Triangular(Min!.Value, Mode!.Value, Max!.Value, stream),
            DistributionKind.Uniform => Samplers.Uniform(Min!.Value, Max!.Value, stream),
            DistributionKind.Empirical => Samplers.Empirical(Values!.ToArray(), stream),
            _ => throw new ArgumentOutOfRangeException(nameof(stream), Dist, "Unknown distribution."),
        };
    }

    /// <summary>The largest number a distribution may be given (a value, mean, sd, min, mode, max or one of its values), in its field's unit.</summary>
    /// <remarks>A million million: past "never" in any unit (60,000 days is 86 million minutes), so a figure in the wrong unit still runs, as work that never ends.</remarks>
    public const double MaxParameter = 1e12;

    /// <summary>The smallest mean or sd (both must be positive): a millionth of a millionth of the field's unit.</summary>
    public const double MinMeanOrSd = 1e-12;

    /// <summary>What is wrong with the spec, or nothing: the family's own checks first, then the bounds every family shares.</summary>
    public IEnumerable<ValidationProblem> Validate()
    {
        var problems = FamilyProblems().ToList();
        return problems.Count > 0 ? problems : BoundProblems();
    }

    /// <summary>
    /// One rule for every family. Within these bounds each family's own parameters are finite and positive (an exponential's
    /// rate at most 1e12, a lognormal's log-space sigma squared at most ln(1 + 1e48), about 111, a gamma's shape within
    /// 1e-48 to 1e48 and its rate within 1e-60 to 1e60; a triangular's (max - min) squared at most 1e24), so no draw is NaN or
    /// infinite. Past them, sd 1e308 overflowed sd squared, a mean of 4.9e-324 underflowed, and the run failed with NaN minutes.
    /// </summary>
    private IEnumerable<ValidationProblem> BoundProblems()
    {
        foreach (var (name, given) in new[] { ("value", Value), ("mean", Mean), ("sd", Sd), ("min", Min), ("mode", Mode), ("max", Max) })
        {
            if (given is not { } x) continue;
            if (x > MaxParameter) yield return new(name, $"must be at most 1e12 (in the field's unit; work past 60,000 days never ends in a run anyway), not {x:G}");
            else if (name is "mean" or "sd" && x < MinMeanOrSd) yield return new(name, $"must be at least 1e-12 (and at most 1e12), not {x:G}");
        }
        if (Values is { } values && values.Select((v, i) => (v, i)).FirstOrDefault(p => p.v > MaxParameter) is { v: > MaxParameter } big)
            yield return new("values", $"every value must be at most 1e12 (in the field's unit; work past 60,000 days never ends in a run anyway): values[{big.i}] is {big.v:G}");
    }

    private IEnumerable<ValidationProblem> FamilyProblems()
    {
        switch (Dist)
        {
            case DistributionKind.Fixed:
                if (Value is null) yield return new("value", "a fixed distribution needs 'value'");
                else if (Value < 0) yield return new("value", $"must be zero or more, not {Value}");
                break;
            case DistributionKind.Exponential:
                if (Mean is null) yield return new("mean", "an exponential distribution needs 'mean'");
                else if (!(Mean > 0)) yield return new("mean", $"must be greater than zero, not {Mean}");
                break;
            case DistributionKind.LogNormal:
            case DistributionKind.Gamma:
                if (Mean is null) yield return new("mean", $"a {Dist.ToString().ToLowerInvariant()} distribution needs 'mean'");
                else if (!(Mean > 0)) yield return new("mean", $"must be greater than zero, not {Mean}");
                if (Sd is null) yield return new("sd", $"a {Dist.ToString().ToLowerInvariant()} distribution needs 'sd'");
                else if (!(Sd > 0)) yield return new("sd", $"must be greater than zero, not {Sd}");
                break;
            case DistributionKind.Triangular:
                if (Min is null || Mode is null || Max is null) yield return new("", "a triangular distribution needs 'min', 'mode' and 'max'");
                else if (Min < 0) yield return new("min", $"must be zero or more, not {Min}");
                else if (!(Min <= Mode && Mode <= Max && Min < Max)) yield return new("mode", $"needs min <= mode <= max and min < max (got {Min}, {Mode}, {Max})");
                break;
            case DistributionKind.Uniform:
                if (Min is null || Max is null) yield return new("", "a uniform distribution needs 'min' and 'max'");
                else if (Min < 0) yield return new("min", $"must be zero or more, not {Min}");
                else if (!(Min < Max)) yield return new("max", $"must be greater than min ({Min}), not {Max}");
                break;
            case DistributionKind.Empirical:
                if (Values is null || Values.Count == 0) yield return new("values", "an empirical distribution needs a non-empty list 'values'");
                else if (Values.Any(v => v < 0)) yield return new("values", "every value must be zero or more");
                break;
        }
    }

    public override string ToString() => Dist switch
    {
        DistributionKind.Fixed => $"fixed {Value}",
        DistributionKind.Exponential => $"exponential mean {Mean}",
        DistributionKind.LogNormal => $"lognormal mean {Mean} sd {Sd}",
        DistributionKind.Gamma => $"gamma mean {Mean} sd {Sd}",
        DistributionKind.Triangular => $"triangular {Min}/{Mode}/{Max}",
        DistributionKind.Uniform => $"uniform {Min}-{Max}",
        _ => $"empirical ({Values?.Count ?? 0} values)",
    };
}
