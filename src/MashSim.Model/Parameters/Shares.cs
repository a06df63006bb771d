using MashSim.Kernel.Validation;

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

    public static string CamelCase(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];
}
