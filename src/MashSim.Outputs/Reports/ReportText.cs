using System.Globalization;
using MashSim.Experiments.Results;
using MashSim.Model.Recording;

namespace MashSim.Outputs.Reports;

/// <summary>How a report writes figures for people: shares as percentages, hours and counts with their units, CIs with an en dash.</summary>
public static class ReportText
{
    // The app runs in invariant-globalization mode; its number and date formats are the English ones.
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Value(Kpi kpi, double value) => kpi.Unit.InWords(value);

    /// <summary>"85.2–86.4%": the CI in the outcome's unit, the unit written once.</summary>
    /// <remarks>Every outcome is a count, a time, a rate or a share, so the interval is cut at 0 (and a share at 100%), as people read it.</remarks>
    public static string Interval(Kpi kpi, double low, double high)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high)) return "";
        low = Math.Max(0, low);
        if (kpi.Unit == KpiUnit.Share) high = Math.Min(1, high);
        string lo = Value(kpi, low), hi = Value(kpi, high);
        int space = lo.IndexOfAny([' ', '%']);
        string bare = space > 0 ? lo[..space] : lo;
        return bare + "–" + hi;
    }

    /// <summary>"85.8% (85.2–86.4%)".</summary>
    public static string WithInterval(OutcomeSummary s) =>
        Interval(s.Kpi, s.CiLow, s.CiHigh) is { Length: > 0 } ci ? $"{Value(s.Kpi, s.Mean)} ({ci})" : Value(s.Kpi, s.Mean);

    public static string Hours(double hours) => !double.IsFinite(hours) ? "" : hours.ToString(hours >= 100 ? "#,##0" : "0.0", English) + " h";

    public static string Number(double value, string format = "#,##0.#") => double.IsFinite(value) ? value.ToString(format, English) : "";
}
