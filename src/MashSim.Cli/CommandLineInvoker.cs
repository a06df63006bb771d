namespace MashSim.Cli;

/// <summary>Runs a mashsim command line inside the running app, for commands that run other commands (rerun).</summary>
/// <remarks>Set once the command tree is built; the tree needs the commands and a command needs the tree, so it cannot come through the constructor.</remarks>
public sealed class CommandLineInvoker
{
    private Func<string[], int>? _invoke;

    public void Attach(Func<string[], int> invoke) => _invoke = invoke;

    public int Invoke(string[] args) => (_invoke ?? throw new InvalidOperationException("The command line is not attached yet."))(args);
}
