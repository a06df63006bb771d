using System.Text;

namespace MashSim.Cli.Terminal;

/// <summary>The process's standard output, whose write failures say that it was standard output that failed.</summary>
/// <remarks>
/// Started with standard output closed (<c>mashsim run &gt;&amp;-</c>) or on a full device (<c>&gt; /dev/full</c>), the
/// first line printed throws an IOException ("Access to the path is denied", "No space left on device") that read as
/// if the results folder could not be written. A closed pipe (<c>| head -1</c>) is not a failure: the runtime drops
/// what the reader no longer wants, and the command carries on.
/// </remarks>
public sealed class StandardOutputWriter(TextWriter console) : TextWriter
{
    public override Encoding Encoding => console.Encoding;

    public override IFormatProvider FormatProvider => console.FormatProvider;

    public override string NewLine
    {
        get => console.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter takes null to mean the default
        set => console.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Guard(() => console.Write(value));

    public override void Write(string? value) => Guard(() => console.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => console.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => console.WriteLine(value));

    public override void Flush() => Guard(console.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StandardOutputException(e);
        }
    }
}

/// <summary>Standard output refused a write: the command stops there.</summary>
public sealed class StandardOutputException(Exception inner) : IOException($"could not write to standard output ({inner.Message.TrimEnd('.')}): is it closed, or its device full?", inner);
