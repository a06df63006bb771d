using System.Globalization;
using CsvHelper;

namespace MashSim.Outputs.Tables;

/// <summary>How numbers are written to files: invariant culture, empty for "no observations", and no more digits than the figure can carry.</summary>
/// <remarks>
/// A mean is written to the precision its 95% CI supports (two significant digits of the half-width), so a CSV
/// does not show 17 digits of noise. Files a merge or a resume reads back (partial.json, points/*.json) keep full
/// round-trip precision, and every CSV is written from those, so a merged folder's CSVs are byte-identical to a
/// single run's.
/// </remarks>
internal static class Numbers
{
    /// <summary>An input figure (a target, a tolerance, a cost) exactly as given: shortest round-trip form.</summary>
    public static string Format(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>A single simulated value with no interval of its own (one replication's outcome): six significant digits.</summary>
    public static string Value(double value) => double.IsFinite(value) ? value.ToString("G6", CultureInfo.InvariantCulture) : "";

    /// <summary>A mean and its 95% CI, each rounded to two significant digits of the half-width (six significant digits when there is no width).</summary>
    public static (string Mean, string Low, string High) Estimate(double mean, double low, double high)
    {
        double halfWidth = (high - low) / 2;
        if (!double.IsFinite(halfWidth) || halfWidth <= 0) return (Value(mean), Value(low), Value(high));
        int decimals = Math.Clamp(1 - (int)Math.Floor(Math.Log10(halfWidth)), 0, 15);
        string Round(double x) => double.IsFinite(x) ? Math.Round(x, decimals, MidpointRounding.AwayFromZero).ToString("R", CultureInfo.InvariantCulture) : "";
        return (Round(mean), Round(low), Round(high));
    }

    /// <summary>Writes a mean and its 95% CI as three fields, rounded as <see cref="Estimate"/> says.</summary>
    public static void WriteEstimate(this CsvWriter csv, double mean, double low, double high)
    {
        var (m, l, h) = Estimate(mean, low, high);
        csv.WriteField(m);
        csv.WriteField(l);
        csv.WriteField(h);
    }

    /// <summary>Writes a whole number as a field, formatted into <paramref name="buffer"/> (the logs' writers reuse one per file, so no string per field).</summary>
    public static void WriteInt(this CsvWriter csv, int value, Span<byte> buffer)
    {
        value.TryFormat(buffer, out int digits, default, CultureInfo.InvariantCulture);
        csv.WriteField(buffer[..digits]);
    }
}
