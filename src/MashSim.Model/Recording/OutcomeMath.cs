namespace MashSim.Model.Recording;

/// <summary>The arithmetic every outcome calculation shares.</summary>
internal static class OutcomeMath
{
    /// <summary>A share or a mean: NaN ("no observations") when there is nothing to divide by, never 0.</summary>
    public static double Ratio(double numerator, int denominator) => denominator > 0 ? numerator / denominator : double.NaN;
}
