using System.CommandLine;
using MashSim.Cli.Terminal;
using MashSim.Model;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim graph</c>: prints a workflow as a Mermaid state diagram, generated from the state machine itself.</summary>
public sealed class GraphCommand(IAnsiConsole terminal)
{
    private readonly Option<string> _workflow = new("--workflow")
    {
        Description = "Which journey: 'contact' (the front door) or 'case' (after referral).",
        DefaultValueFactory = _ => "contact",
    };

    public Command Build()
    {
        _workflow.AcceptOnlyFromAmong("contact", "case");
        var command = new Command("graph", "Print a workflow (the Stateless machine every contact or case follows) as a Mermaid state diagram.") { _workflow };
        HelpExamples.Add(command, "graph", "graph --workflow case", "graph > workflow.mmd");
        command.SetAction(parsed =>
        {
            string diagram = parsed.GetValue(_workflow) == "case" ? WorkflowDiagrams.Case() : WorkflowDiagrams.Contact();
            var writer = terminal.Profile.Out.Writer;
            writer.Write(diagram.EndsWith('\n') ? diagram : diagram + "\n");
            // A Mermaid comment, so the output saved to a file is still a valid diagram.
            writer.WriteLine($"%% To view: save this as workflow.mmd and open it at https://mermaid.live (or in any Markdown viewer with Mermaid, inside a ```mermaid block), e.g. {Outputs.Hints.Launcher.Hint("graph")} > workflow.mmd");
            return ExitCodes.Success;
        });
        return command;
    }
}
