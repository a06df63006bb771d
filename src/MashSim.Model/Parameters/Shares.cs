using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Parameters;

/// <summary>Checks for a set of probabilities that must each lie in [0, 1] and sum to 1.</summary>
internal static class Shares
{
    private const double Tolerance = 1e-6;

    public static IEnumerable<ValidationProblem> Check(IEnumerable<(string Name, double Value)> shares)
    {
        double sum = 0;
        foreach (var (name, value) in shares)
        {
            if (!(value >= 0 && value <= 1))
            {
                yield return new(name, $"is a probability: it must lie between 0 and 1, not {value}");
                yield break;
            }
            sum += value;
        }
        if (Math.Abs(sum - 1) > Tolerance) yield return new("", $"the probabilities must sum to 1, but sum to {sum:0.######}");
    }

    /// <summary>Checks probabilities that stand alone (each in [0, 1], no sum).</summary>
    public static IEnumerable<ValidationProblem> Probabilities(params (string Name, double Value)[] probabilities) =>
        probabilities.Where(p => !(p.Value >= 0 && p.Value <= 1))
            .Select(p => new ValidationProblem(p.Name, $"is a probability: it must lie between 0 and 1, not {p.Value}"));

    public static string CamelCase(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];
}
