using System.CommandLine;
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
        command.SetAction(parsed =>
        {
            terminal.Profile.Out.Writer.Write(parsed.GetValue(_workflow) == "case" ? WorkflowDiagrams.Case() : WorkflowDiagrams.Contact());
            return ExitCodes.Success;
        });
        return command;
    }
}
