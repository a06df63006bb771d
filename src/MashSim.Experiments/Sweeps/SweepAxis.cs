using System.Globalization;

namespace MashSim.Experiments.Sweeps;

/// <summary>One scenario value varied over a sweep: its path and the values it takes, e.g. <c>mash.staff.socialWorkers=4..10</c>.</summary>
public sealed record SweepAxis(string Path, IReadOnlyList<string> Values)
{
    /// <summary>The most points one axis may have: a guard against a typo such as 1..100000.</summary>
    public const int MaximumValues = 1000;

    /// <summary>Reads <c>path=a..b</c> (whole steps), <c>path=a..b:step</c>, or <c>path=v1,v2,...</c>; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static SweepAxis Parse(string text)
    {
        int equals = text.IndexOf('=');
        if (equals <= 0 || equals == text.Length - 1)
            throw new FormatException($"'{text}' is not like mash.staff.socialWorkers=4..10 or pathway.team.caseloadCap=18,22,26.");
        string path = text[..equals].Trim();
        string values = text[(equals + 1)..].Trim();
        var list = values.Contains("..", StringComparison.Ordinal) ? Range(text, values) : List(text, values);
        if (list.Count > MaximumValues) throw new FormatException($"'{text}' gives {list.Count} values; at most {MaximumValues} per --vary.");
        return new SweepAxis(path, list);
    }

    private static List<string> List(string text, string values)
    {
        var list = values.Split(',').Select(v => v.Trim()).ToList();
        if (list.Any(v => v.Length == 0)) throw new FormatException($"'{text}': an empty value in the list.");
        var repeated = list.GroupBy(v => v).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new FormatException($"'{text}': {repeated.Key} is listed twice.");
        return list;
    }

    /// <summary>A range in decimal arithmetic, so 0.1 steps give 0.3 rather than 0.30000000000000004.</summary>
    private static List<string> Range(string text, string values)
    {
        string[] parts = values.Split(':');
        string[] ends = parts[0].Split("..");
        if (parts.Length > 2 || ends.Length != 2) throw new FormatException($"'{text}': a range is from..to or from..to:step, with numbers.");
        decimal from = Exact(text, ends[0], "its start"), to = Exact(text, ends[1], "its end");
        decimal step = parts.Length == 2 ? Exact(text, parts[1], "its step") : 1;
        if (step <= 0) throw new FormatException($"'{text}': the step must be a number above zero.");
        if (to < from) throw new FormatException($"'{text}': the range runs backwards ({from} is above {to}).");
        if ((to - from) / step >= MaximumValues) throw new FormatException($"'{text}' gives more than {MaximumValues} values; at most {MaximumValues} per --vary.");
        var list = new List<string>();
        for (decimal v = from; v <= to; v += step) list.Add(v.ToString(CultureInfo.InvariantCulture));
        return list;
    }

    /// <summary>A range's number, in the decimal arithmetic it steps in; one past it (1e-300, 1e308) is named as such, where a
    /// step of 1e-300 was "not above zero" and an end of 1e308 "not a number".</summary>
    private static decimal Exact(string text, string number, string what)
    {
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double approximate) || !double.IsFinite(approximate))
            throw new FormatException($"'{text}': {what}, '{number}', is not a number; a range is from..to or from..to:step, with numbers.");
        if (!decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal exact) || (exact == 0 && approximate != 0))
            throw new FormatException($"'{text}': {what}, {number}, is beyond what a range steps through exactly (sizes from 1e-28 to 7.9e28); list the values instead (a,b,c).");
        return exact;
    }

    public override string ToString() => $"{Path}={string.Join(',', Values)}";
}
