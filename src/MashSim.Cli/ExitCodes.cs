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

    public const int Cancelled = 130;
}
