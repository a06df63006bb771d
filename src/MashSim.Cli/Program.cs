using MashSim.Cli.Terminal;

namespace MashSim.Cli;

/// <summary>The entry point of the <c>mashsim</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // Everything that warns through Console.Error (the writers, the host's log) goes through the guard too.
        Console.SetError(new StandardErrorWriter(Console.Error));
        if (!CurrentFolderExists())
        {
            // Relative paths, the results folder's default among them, mean nothing here; it failed as "could not write the results: Unable to find the specified file".
            Console.Error.WriteLine("mashsim: the current folder no longer exists (deleted or moved since this shell entered it); cd to one that does and run again.");
            return ExitCodes.BadInput;
        }
        return MashSimApp.Run(args, new StandardOutputWriter(Console.Out), Console.Error);
    }

    private static bool CurrentFolderExists()
    {
        try
        {
            return Directory.Exists(Directory.GetCurrentDirectory());
        }
        catch (IOException)
        {
            return false;
        }
    }
}
