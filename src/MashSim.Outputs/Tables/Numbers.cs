using System.Globalization;

namespace MashSim.Outputs.Tables;

/// <summary>How numbers are written to files: invariant culture, shortest round-trip form, empty for "no observations".</summary>
internal static class Numbers
{
    public static string Format(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";
}
