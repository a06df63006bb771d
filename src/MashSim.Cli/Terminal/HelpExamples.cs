using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;
using MashSim.Outputs.Hints;

namespace MashSim.Cli.Terminal;

/// <summary>Ends each command's <c>--help</c> with a few examples (and any notes, such as the outcome ids a target can name).</summary>
/// <remarks>System.CommandLine's help knows only descriptions; this wraps its help action and appends what a command registered.</remarks>
public static class HelpExamples
{
    private static readonly ConditionalWeakTable<Command, Footer> Footers = [];

    /// <summary>Where the paths <c>--set</c> takes are listed.</summary>
    public static string SetPathsNote => $"The paths --set accepts, each with its value and source: {Launcher.Hint("validate --paths FILE")}";

    /// <summary>The outcome ids an option can name, every one (the README's Outcomes table says what each means).</summary>
    public static string OutcomeIdsNote(string option) =>
        $"Outcome ids {option} can name: {string.Join(", ", MashSim.Model.Recording.Kpi.All.Select(k => k.Id))}.";

    private sealed record Footer(IReadOnlyList<string> Examples, IReadOnlyList<string> Notes);

    /// <summary>Registers a command's examples: its arguments only, without the program name (the launcher is added when shown).</summary>
    public static void Add(Command command, params string[] examples) =>
        Footers.AddOrUpdate(command, new Footer(examples, Footers.TryGetValue(command, out var old) ? old.Notes : []));

    /// <summary>Registers a paragraph shown after the examples.</summary>
    public static void Note(Command command, string note) =>
        Footers.AddOrUpdate(command, Footers.TryGetValue(command, out var old) ? old with { Notes = [.. old.Notes, note] } : new Footer([], [note]));

    /// <summary>Makes every help request (the root's recursive --help) print the default help, then the command's footer.</summary>
    public static void Attach(RootCommand root)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction standard) help.Action = new WithFooter(standard);
        }
    }

    /// <summary>True for a help request (parse errors, such as a missing required option, do not stop help).</summary>
    public static bool IsHelp(CommandLineAction? action) => action is HelpAction or WithFooter;

    private sealed class WithFooter(HelpAction standard) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            int exit = standard.Invoke(parseResult);
            if (!Footers.TryGetValue(parseResult.CommandResult.Command, out var footer)) return exit;
            var output = parseResult.InvocationConfiguration.Output;
            if (footer.Examples.Count > 0)
            {
                output.WriteLine("Examples:");
                foreach (var example in footer.Examples) output.WriteLine($"  {Launcher.Hint(example)}");
                output.WriteLine();
            }
            foreach (var note in footer.Notes)
            {
                output.WriteLine(note);
                output.WriteLine();
            }
            return exit;
        }
    }
}
