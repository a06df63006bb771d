using System.Globalization;
using System.Text.RegularExpressions;
using MashSim.Experiments.Results;
using MashSim.Model.Recording;

namespace MashSim.Experiments.Staffing;

/// <summary>A service target such as <c>decisionWithin1WorkingDay >= 0.95</c>, met only with 95% confidence (the whole interval on the right side).</summary>
public sealed partial record StaffingTarget(Kpi Kpi, bool AtLeast, double Value)
{
    [GeneratedRegex(@"^\s*(?<id>[A-Za-z0-9]+)\s*(?<op>>=|<=)\s*(?<value>[-+0-9.eE]+)\s*(?<percent>%?)\s*$")]
    private static partial Regex Pattern();

    /// <summary>Reads "outcomeId >= value" or "outcomeId &lt;= value"; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static StaffingTarget Parse(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success) throw new FormatException($"'{text}' is not a target like \"decisionWithin1WorkingDay >= 0.95\" (an outcome id, >= or <=, a number or a percentage).");
        if (!Kpi.TryById(match.Groups["id"].Value, out var kpi))
            throw new FormatException($"'{match.Groups["id"].Value}' is not an outcome id; see summary.csv or the README.");
        if (!double.TryParse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            throw new FormatException($"'{match.Groups["value"].Value}' is not a number.");
        // "95%" is read as 0.95, the way shares are kept in the files.
        if (match.Groups["percent"].Value == "%") value /= 100;
        // A target no outcome can be on the far side of would only send the search to the end of its range.
        if (value < 0) throw new FormatException($"'{text}': {kpi.Id} is never negative, so a target of {value.ToString(CultureInfo.InvariantCulture)} is always met or never.");
        if (kpi.Unit == KpiUnit.Share && value > 1)
            throw new FormatException($"'{text}': {kpi.Id} is a share, between 0 and 1 (or 0% and 100%), so a target of {value.ToString(CultureInfo.InvariantCulture)} is always met or never.");
        return new StaffingTarget(kpi, match.Groups["op"].Value == ">=", value);
    }

    /// <summary>Met with 95% confidence: the interval's far side clears the target, not just the mean.</summary>
    public bool IsMetBy(OutcomeSummary summary) =>
        summary.Replications >= 2 && (AtLeast ? summary.CiLow >= Value : summary.CiHigh <= Value);

    public override string ToString() => $"{Kpi.Id} {(AtLeast ? ">=" : "<=")} {Value.ToString(CultureInfo.InvariantCulture)}";
}
