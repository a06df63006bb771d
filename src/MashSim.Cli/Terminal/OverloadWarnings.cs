using MashSim.Experiments.Comparison;
using MashSim.Experiments.Results;
using MashSim.Experiments.Results.Saturation;
using Spectre.Console;

namespace MashSim.Cli.Terminal;

/// <summary>Says, under a run's or a comparison's table, when a service was overloaded and what that means for its figures.</summary>
public static class OverloadWarnings
{
    public const string HorizonCaveat = "its figures grow with the run's length, so they describe this horizon, not a steady state";

    /// <summary>One run: which role or work saturated, or nothing when the service kept up.</summary>
    public static void Write(IAnsiConsole terminal, ExperimentResult result) => Write(terminal, result.Scenario.Name, Overload.Of(result));

    public static void Write(IAnsiConsole terminal, string scenario, Overload overload)
    {
        if (!overload.Any) return;
        terminal.MarkupLine($"[yellow]Overloaded: {Markup.Escape(scenario)}: {Markup.Escape(overload.Text)}. The service does not keep up, so {HorizonCaveat}.[/]");
    }

    /// <summary>A comparison: each overloaded scenario, and a warning when a verdict is between two overloaded runs.</summary>
    public static void Write(IAnsiConsole terminal, ScenarioComparison comparison)
    {
        var overloads = comparison.Results.Select(Overload.Of).ToArray();
        for (int s = 0; s < overloads.Length; s++) Write(terminal, comparison.Results[s].Scenario.Name, overloads[s]);
        for (int s = 1; s < overloads.Length; s++)
        {
            if (overloads[0].Any && overloads[s].Any)
                terminal.MarkupLine($"[yellow]{Markup.Escape(comparison.Results[s].Scenario.Name)} and {Markup.Escape(comparison.Baseline.Scenario.Name)} are both overloaded: " +
                                    "the differences between them depend on the horizon (run longer and they change).[/]");
        }
    }
}
