using MashSim.Experiments.Comparison;
using MashSim.Experiments.Results;
using MashSim.Experiments.Results.Saturation;
using MashSim.Model.Recording;
using Spectre.Console;

namespace MashSim.Cli.Terminal;

/// <summary>Says, under a run's or a comparison's table, when a service was overloaded and what that means for its figures.</summary>
public static class OverloadWarnings
{
    public const string HorizonCaveat = "its figures grow with the run's length, so they describe this horizon, not a steady state";

    /// <summary>One run: any role with nobody in it, and which role or work saturated (nothing when the service kept up).</summary>
    public static void Write(IAnsiConsole terminal, ExperimentResult result)
    {
        var staff = result.Scenario.Mash.Staff;
        var empty = MashRole.All.Where(r => r.Count(staff) == 0).Select(r => $"{r.Name} ({r.ScenarioPath})").ToArray();
        // A role with nobody is not an overload by itself (contacts out of hours wait for the MASH to open), but a planner should hear it.
        if (empty.Length > 0)
            terminal.MarkupLine($"[yellow]{Markup.Escape(Capitalised(string.Join(" and ", empty)))} {(empty.Length == 1 ? "has" : "have")} nobody: other staff take its work.[/]");
        Write(terminal, result.Scenario.Name, Overload.Of(result));
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

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
