namespace MashSim.Outputs.Hints;

/// <summary>How the user started MashSim, so a printed hint names a command that works from where they are.</summary>
/// <remarks>run.sh exports <c>MASHSIM_LAUNCHER=./run.sh</c>; started any other way (an installed <c>mashsim</c>, <c>dotnet mashsim.dll</c> from a script), hints say <c>mashsim</c>.</remarks>
public static class Launcher
{
    public const string Variable = "MASHSIM_LAUNCHER";

    /// <summary><c>./run.sh</c> when started through run.sh, otherwise <c>mashsim</c>.</summary>
    public static string Command => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } launcher ? launcher : "mashsim";

    /// <summary>A command to type: "./run.sh sweep --resume DIR".</summary>
    public static string Hint(string arguments) => $"{Command} {arguments}";
}
