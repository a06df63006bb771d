using System.CommandLine;
using MashSim.Model;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim graph</c>: prints the contact workflow as a Mermaid state diagram, generated from the state machine itself.</summary>
public sealed class GraphCommand(IAnsiConsole terminal)
{
    private readonly ScenarioOptions _scenario = new();

    public Command Build()
    {
        var command = new Command("graph", "Print the contact workflow (the Stateless machine every contact follows) as a Mermaid state diagram.");
        _scenario.AddTo(command);
        command.SetAction(parsed =>
        {
            terminal.Profile.Out.Writer.Write(FrontDoorModel.WorkflowDiagram(_scenario.Load(parsed).Scenario));
            return ExitCodes.Success;
        });
        return command;
    }
}
