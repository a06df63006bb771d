namespace MashSim.Cli;

/// <summary>What <c>mashsim</c> returns to the shell.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something went wrong inside MashSim: a bug, or the disk refused a write.</summary>
    public const int Failure = 1;

    /// <summary>The input was wrong: a scenario file, an override or a command-line option. Nothing was written.</summary>
    public const int BadInput = 2;

    /// <summary><c>mashsim rerun</c> ran, but some output file is not byte-identical to the original's.</summary>
    public const int NotReproduced = 3;

    /// <summary>Stopped by Ctrl-C (SIGINT); nothing unfinished was written.</summary>
    public const int Cancelled = 130;

    /// <summary>Stopped by SIGTERM (a scheduler, <c>kill</c>), as cleanly as by Ctrl-C.</summary>
    public const int Terminated = 143;

    /// <summary>Stopped by SIGHUP (its terminal closed), as cleanly as by Ctrl-C.</summary>
    public const int HungUp = 129;
}
