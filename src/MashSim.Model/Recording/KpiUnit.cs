using System.Globalization;

namespace MashSim.Model.Recording;

/// <summary>The unit an outcome is measured in, and the one place that says how it is written: in the files, on screen and on a plot's axis.</summary>
/// <remarks>A share is stored as a fraction (0.95) and shown as a percentage (95.0%); its differences are percentage points.</remarks>
/// <param name="Name">The unit in summary.csv, summary.json and comparison.csv.</param>
/// <param name="Scale">What a stored value is multiplied by to be shown (100 for a share).</param>
/// <param name="Pattern">The number format on screen.</param>
/// <param name="Suffix">What follows the number on screen.</param>
public sealed record KpiUnit(string Name, double Scale, string Pattern, string Suffix)
{
    public static readonly KpiUnit Share = new("share", 100, "0.0", "%");

    /// <summary>
    /// One count in the period over another, shown as a percentage (section 47 enquiries per referral, as DfE publishes
    /// them): usually below 1 but not a probability, since the enquiries of a period may follow the referrals of an
    /// earlier one, so nothing bounds it to [0, 1].
    /// </summary>
    public static readonly KpiUnit Rate = new("rate", 100, "0.0", "%");

    /// <summary>Shown as a percentage (a share or a rate).</summary>
    public bool IsPercent => Scale == 100;
    public static readonly KpiUnit Hours = new("hours", 1, "0.0", " h");
    public static readonly KpiUnit Contacts = new("contacts", 1, "#,0.0", "");
    public static readonly KpiUnit PerHour = new("per hour", 1, "0.000", "");
    public static readonly KpiUnit Children = new("children", 1, "#,0.0", "");
    public static readonly KpiUnit Days = new("days", 1, "0.0", "");
    public static readonly KpiUnit WorkingDays = new("working days", 1, "0.0", "");
    public static readonly KpiUnit PerYear = new("per year", 1, "#,0.0", "");
    public static readonly KpiUnit Months = new("months", 1, "0.0", "");
    public static readonly KpiUnit Workers = new("workers", 1, "0.0", "");

    /// <summary>A plot's value axis for the outcome labelled <paramref name="label"/>: its label and this unit, e.g. "Decisions within 1 working day (%)", "Caseload per social worker (mean), children".</summary>
    public string AxisLabel(string label) =>
        this == Share ? $"{label} (%)"
        : label.Contains(Name, StringComparison.OrdinalIgnoreCase) ? label
        : $"{label}, {Name}";

    /// <summary>A value as shown on screen ("95.0%", "3.2 h"); "-" when there is none.</summary>
    public string Show(double value) =>
        double.IsFinite(value) ? (Scale * value).ToString(Pattern, CultureInfo.InvariantCulture) + Suffix : "-";

    /// <summary>A value as a report's sentence writes it ("95.0%", "0.250 h", "12.3 working days", "1,204 a year"); "no observations" when there is none.</summary>
    public string InWords(double value)
    {
        if (!double.IsFinite(value)) return "no observations";
        string Number(string pattern) => value.ToString(pattern, CultureInfo.InvariantCulture);
        if (this == Share) return (100 * value).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        if (this == Hours) return Number(Math.Abs(value) < 1 ? "0.000" : "0.0") + " h";
        if (this == PerHour) return Number("0.00") + " per hour";
        if (this == PerYear) return Number("#,##0") + " a year";
        if (this == Days || this == WorkingDays || this == Months) return Number("0.0") + " " + Name;
        return Number(Math.Abs(value) >= 100 ? "#,##0" : "0.0");
    }

    /// <summary>A difference, signed; a share's in percentage points.</summary>
    public string ShowDifference(double value)
    {
        if (!double.IsFinite(value)) return "-";
        string sign = value > 0 ? "+" : "";
        return this == Share ? sign + (100 * value).ToString("0.0", CultureInfo.InvariantCulture) + " pts" : sign + Show(value);
    }
}
