namespace MashSim.Cli.Terminal;

/// <summary>The process's standard output, whose write failures say that it was standard output that failed.</summary>
/// <remarks>
/// Started with standard output closed (<c>mashsim run &gt;&amp;-</c>) or on a full device (<c>&gt; /dev/full</c>), the
/// first line printed throws an IOException ("Access to the path is denied", "No space left on device") that read as
/// if the results folder could not be written. A closed pipe (<c>| head -1</c>) is not a failure: the runtime drops
/// what the reader no longer wants, and the command carries on.
/// </remarks>
public sealed class StandardOutputWriter(TextWriter console) : GuardedWriter(console)
{
    protected override void Failed(Exception refused) => throw new StandardOutputException(refused);
}

/// <summary>Standard output refused a write: the command stops there.</summary>
public sealed class StandardOutputException(Exception inner) : IOException($"could not write to standard output ({inner.Message.TrimEnd('.')}): is it closed, or its device full?", inner);
