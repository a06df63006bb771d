namespace MashSim.Cli;

/// <summary>A command-line option with a value the command cannot use; mashsim prints the message and exits with <see cref="ExitCodes.BadInput"/>.</summary>
public sealed class UsageException(string message) : Exception(message);
