namespace MashSim.Cli.Terminal;

/// <summary>The process's standard error, whose write failures are dropped: there is nowhere left to say them.</summary>
/// <remarks>
/// With standard error closed (<c>2&gt;&amp;-</c>) or on a full device, the first message or warning threw an IOException
/// that nothing caught, and the runtime aborted the process (exit 134): a bad option lost its exit code 2, and a
/// finished run lost its results to the warning that Graphviz was missing. The exit code still tells what happened.
/// </remarks>
public sealed class StandardErrorWriter(TextWriter console) : GuardedWriter(console)
{
    protected override void Failed(Exception refused)
    {
    }
}
