using System.Text.RegularExpressions;

namespace MashSim.Outputs.Hints;

/// <summary>Quotes words for a POSIX shell, so a command line MashSim prints or records can be pasted back as it was typed.</summary>
public static partial class ShellQuoting
{
    [GeneratedRegex(@"^[A-Za-z0-9_@%+=:,./-]+$")]
    private static partial Regex Plain();

    /// <summary>The word as is when the shell leaves it alone, otherwise in single quotes (a quote inside written <c>'\''</c>).</summary>
    public static string Quote(string word) =>
        word.Length > 0 && Plain().IsMatch(word) ? word : "'" + word.Replace("'", "'\\''") + "'";

    /// <summary>The words quoted and joined by spaces.</summary>
    public static string Join(IEnumerable<string> words) => string.Join(' ', words.Select(Quote));
}
