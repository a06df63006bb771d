using System.Text;

namespace MashSim.Cli.Terminal;

/// <summary>The process's standard error, whose write failures are dropped: there is nowhere left to say them.</summary>
/// <remarks>
/// With standard error closed (<c>2&gt;&amp;-</c>) or on a full device, the first message or warning threw an IOException
/// that nothing caught, and the runtime aborted the process (exit 134): a bad option lost its exit code 2, and a
/// finished run lost its results to the warning that Graphviz was missing. The exit code still tells what happened.
/// </remarks>
public sealed class StandardErrorWriter(TextWriter console) : TextWriter
{
    public override Encoding Encoding => console.Encoding;

    public override IFormatProvider FormatProvider => console.FormatProvider;

    public override void Write(char value) => Quietly(() => console.Write(value));

    public override void Write(string? value) => Quietly(() => console.Write(value));

    public override void Write(char[] buffer, int index, int count) => Quietly(() => console.Write(buffer, index, count));

    public override void WriteLine(string? value) => Quietly(() => console.WriteLine(value));

    public override void Flush() => Quietly(console.Flush);

    private static void Quietly(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
