using Spectre.Console;

namespace MashSim.Cli.Terminal;

/// <summary>Makes the Spectre console that tables and progress are drawn on: colours and live progress only on a real terminal.</summary>
public static class TerminalFactory
{
    public static IAnsiConsole Create(TextWriter output)
    {
        bool interactive = output is StandardOutputWriter && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            // Spectre measures the terminal only through Console.Out itself; a terminal is never closed or full, so
            // the guard on standard output is needed only when it is redirected.
            Out = new AnsiConsoleOutput(interactive ? Console.Out : output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        // Redirected output has no width to detect; Spectre would assume 80 columns and wrap the table.
        if (!interactive) console.Profile.Width = 120;
        return console;
    }
}
