using System.Text;

namespace MashSim.Cli.Terminal;

/// <summary>The process's standard error, whose write failures are dropped: there is nowhere left to say them.</summary>
/// <remarks>
/// With standard error closed (<c>2&gt;&amp;-</c>) or on a full device, the first message or warning threw an IOException
/// that nothing caught, and the runtime aborted the process (exit 134): a bad option lost its exit code 2, and a
/// finished run lost its results to the warning that Graphviz was missing. The exit code still tells what happened.
/// Messages quote what the user gave (a name, a --set value, a path), so control characters in it are shown as escapes
/// (<c>\u0007</c>), not sent to the terminal: a name with a bell rang it, and an escape sequence could recolour or
/// rewrite the terminal. Line breaks and tabs pass, as messages use them.
/// </remarks>
public sealed class StandardErrorWriter(TextWriter console) : GuardedWriter(console)
{
    protected override void Failed(Exception refused)
    {
    }

    public override void Write(char value)
    {
        if (IsEscaped(value)) base.Write(Shown(value.ToString()));
        else base.Write(value);
    }

    public override void Write(string? value) => base.Write(Shown(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => base.WriteLine(Shown(value));

    private static string? Shown(string? value)
    {
        if (value is null || !value.Any(IsEscaped)) return value;
        var shown = new StringBuilder(value.Length + 16);
        foreach (char c in value) shown.Append(IsEscaped(c) ? $"\\u{(int)c:x4}" : c);
        return shown.ToString();
    }

    private static bool IsEscaped(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t');
}
