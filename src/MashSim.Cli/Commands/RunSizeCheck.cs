using MashSim.Experiments.Scenarios.Limits;
using MashSim.Model.Parameters;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary>Before a run: refuses what cannot fit in this machine's memory or its results folder, and warns about what will take long.</summary>
internal static class RunSizeCheck
{
    /// <summary>Throws a <see cref="UsageException"/> when <paramref name="replications"/> of <paramref name="scenario"/> cannot fit; prints a warning when they will be slow.</summary>
    public static void Before(IAnsiConsole terminal, Scenario scenario, int replications, int threads, string root, bool writesContactLog = true, int loggedReplications = 0)
    {
        var estimate = RunSizeEstimate.Of(scenario, replications, threads, writesContactLog, loggedReplications);
        if (estimate.WhyItCannotFit(RunSizeEstimate.AvailableBytes()) is { } tooBig)
            throw new UsageException($"{scenario.Name}: too big for this machine, so nothing was run: {tooBig}");
        CommandChecks.FolderIsUsable(root, estimate.OutputBytes);
        if (estimate.WhyItIsSlow() is { } slow) terminal.MarkupLine($"[yellow]Warning: {Markup.Escape(slow)}[/]");
    }
}
