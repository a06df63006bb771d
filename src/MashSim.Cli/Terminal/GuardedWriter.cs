using System.Text;

namespace MashSim.Cli.Terminal;

/// <summary>A console stream whose write failures (closed, or its device full) go to <see cref="Failed"/>, which says what they mean.</summary>
public abstract class GuardedWriter(TextWriter console) : TextWriter
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

    /// <summary>What a write the system refused means here: throw to stop the command, or return to carry on without it.</summary>
    protected abstract void Failed(Exception refused);

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Failed(e);
        }
    }
}
