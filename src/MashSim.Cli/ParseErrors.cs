using System.Text.RegularExpressions;

namespace MashSim.Cli;

/// <summary>System.CommandLine's parse errors in words a user knows: "a whole number", not <c>System.Nullable`1[System.Int64]</c>.</summary>
internal static partial class ParseErrors
{
    [GeneratedRegex(@"Cannot parse argument '(?<value>[^']*)' for option '(?<option>[^']*)' as expected type '(?<type>[^']*)'\.?")]
    private static partial Regex CannotParse();

    public static string Readable(string message) => CannotParse().Replace(message, m =>
        $"{m.Groups["option"].Value}: '{m.Groups["value"].Value}' is not {Kind(m.Groups["type"].Value)}.");

    private static string Kind(string type) => type switch
    {
        _ when type.Contains("Int32") || type.Contains("Int64") => "a whole number",
        _ when type.Contains("Double") => "a number",
        _ when type.Contains("Boolean") => "true or false",
        _ => "a valid value",
    };
}
