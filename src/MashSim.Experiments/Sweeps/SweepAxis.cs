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
        if (parts.Length > 2 || ends.Length != 2
            || !decimal.TryParse(ends[0], NumberStyles.Float, CultureInfo.InvariantCulture, out decimal from)
            || !decimal.TryParse(ends[1], NumberStyles.Float, CultureInfo.InvariantCulture, out decimal to))
            throw new FormatException($"'{text}': a range is from..to or from..to:step, with numbers.");
        decimal step = 1;
        if (parts.Length == 2 && (!decimal.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out step) || step <= 0))
            throw new FormatException($"'{text}': the step must be a number above zero.");
        if (to < from) throw new FormatException($"'{text}': the range runs backwards ({from} is above {to}).");
        if ((to - from) / step >= MaximumValues) throw new FormatException($"'{text}' gives more than {MaximumValues} values; at most {MaximumValues} per --vary.");
        var list = new List<string>();
        for (decimal v = from; v <= to; v += step) list.Add(v.ToString(CultureInfo.InvariantCulture));
        return list;
    }

    public override string ToString() => $"{Path}={string.Join(',', Values)}";
}
