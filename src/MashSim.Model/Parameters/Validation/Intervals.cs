namespace MashSim.Model.Parameters.Validation;

/// <summary>The bounds of a review or meeting interval given in whole months or weeks.</summary>
/// <remarks>
/// A century, like the longest run: far beyond any plan or meeting cycle, and a date booked that far from any day of a
/// run is still one the calendar holds. Unbounded, a review 100,000 months on or a meeting every two billion weeks
/// failed the run with a date past the year 9999.
/// </remarks>
public static class Intervals
{
    public const int MaxMonths = 1_200;
    public const int MaxWeeks = 5_218;

    /// <summary>A problem unless <paramref name="value"/> is from 1 to <paramref name="max"/> <paramref name="unit"/>.</summary>
    public static IEnumerable<ValidationProblem> Check(string property, int value, int max, string unit)
    {
        if (value < 1) yield return new(property, $"must be at least 1, not {value}");
        else if (value > max) yield return new(property, $"must be at most {max:N0} {unit} (100 years), not {value:N0}");
    }
}
