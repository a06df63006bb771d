using Spectre.Console;

namespace MashSim.Cli.Terminal;

/// <summary>Makes the Spectre console that tables and progress are drawn on: colours and live progress only on a real terminal.</summary>
public static class TerminalFactory
{
    public static IAnsiConsole Create(TextWriter output)
    {
        bool interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        // Redirected output has no width to detect; Spectre would assume 80 columns and wrap the table.
        if (!interactive) console.Profile.Width = 120;
        return console;
    }
}
