namespace MashSim.Cli;

/// <summary>The entry point of the <c>mashsim</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args) => MashSimApp.Run(args, new Terminal.StandardOutputWriter(Console.Out), Console.Error);
}
