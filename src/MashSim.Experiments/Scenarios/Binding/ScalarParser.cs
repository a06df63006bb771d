using System.Globalization;

namespace MashSim.Experiments.Scenarios.Binding;

/// <summary>Turns the text of a YAML scalar into a typed value, or says in plain words why it cannot.</summary>
internal static class ScalarParser
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static (object? Value, string? Problem) Parse(Type type, string text)
    {
        text = text.Trim();
        if (type == typeof(string)) return (text, null);
        if (type == typeof(int))
        {
            return int.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out int i) ? (i, null)
                : double.TryParse(text, NumberStyles.Float, Invariant, out double d) && double.IsFinite(d)
                    ? (null, Math.Abs(d) > int.MaxValue ? $"{text} is too large for a whole number" : $"expected a whole number, not {text}")
                    : (null, $"expected a whole number, not '{text}'");
        }
        if (type == typeof(long))
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out long l) ? (l, null) : (null, $"expected a whole number, not '{text}'");
        }
        if (type == typeof(double))
        {
            // YAML's .nan and .inf (any case, signed) by name; .151, -.5 and +.5 are plain numbers.
            if (text.TrimStart('+', '-').ToLowerInvariant() is ".nan" or ".inf") return (null, $"expected a finite number, not '{text}'");
            if (!double.TryParse(text, NumberStyles.Float, Invariant, out double d)) return (null, $"expected a number, not '{text}'");
            return double.IsFinite(d) ? (d, null) : (null, $"expected a finite number, not '{text}'");
        }
        if (type == typeof(bool))
        {
            return text.ToLowerInvariant() switch
            {
                "true" => (true, null),
                "false" => (false, null),
                _ => (null, $"expected true or false, not '{text}'"),
            };
        }
        if (type == typeof(DateOnly))
        {
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var date) ? (date, null)
                : (null, $"expected a date like 2017-11-06, not '{text}'");
        }
        if (type == typeof(TimeOnly))
        {
            return TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH:mm:ss"], Invariant, DateTimeStyles.None, out var time) ? (time, null)
                : (null, $"expected a time like 09:00, not '{text}'");
        }
        if (type.IsEnum) return ParseEnum(type, text);
        throw new NotSupportedException($"Scenario options cannot hold a {type.Name}.");
    }

    /// <summary>Enum names match ignoring case, dashes and underscores: <c>no-further-action</c> and <c>NoFurtherAction</c> are the same.</summary>
    private static (object? Value, string? Problem) ParseEnum(Type type, string text)
    {
        string wanted = Normalise(text);
        foreach (string name in Enum.GetNames(type))
        {
            if (Normalise(name) == wanted) return (Enum.Parse(type, name), null);
        }
        var allowed = Enum.GetNames(type).Select(n => char.ToLowerInvariant(n[0]) + n[1..]);
        return (null, $"'{text}' is not one of: {string.Join(", ", allowed)}");
    }

    private static string Normalise(string text) => text.Replace("-", "").Replace("_", "").ToLowerInvariant();
}
