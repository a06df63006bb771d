using System.Diagnostics;
using MashSim.Experiments.Runs;
using MashSim.Model.Parameters;
using Spectre.Console;

namespace MashSim.Cli.Terminal;

/// <summary>Before a long search: times one replication and says roughly how long the search may take, so a planner can decide to wait or to cut it down.</summary>
internal static class SearchEstimate
{
    /// <summary>Runs replication 0 of <paramref name="scenario"/> once and returns how long it took.</summary>
    public static TimeSpan OneReplication(Scenario scenario, ReplicationPlan plan, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        Replications.RunRange(scenario, plan with { Threads = 1 }, 0, 1, cancellation: cancellation);
        return clock.Elapsed;
    }

    /// <summary>The time <paramref name="runs"/> runs of <paramref name="plan"/>'s replications take, when one replication takes <paramref name="one"/> and they run <c>Threads</c> at a time.</summary>
    public static TimeSpan Of(TimeSpan one, ReplicationPlan plan, int runs) =>
        one * Math.Ceiling((double)plan.Replications / Math.Max(1, Math.Min(plan.Threads, plan.Replications))) * runs;

    /// <summary>"about 4 min", "about 40 s", "about 2.5 h".</summary>
    public static string Words(TimeSpan time) => time.TotalSeconds switch
    {
        < 90 => $"about {Math.Max(1, Math.Round(time.TotalSeconds)):0} s",
        < 5400 => $"about {Math.Round(time.TotalMinutes):0} min",
        _ => $"about {time.TotalHours:0.0} h",
    };

    /// <summary>Prints the estimate line.</summary>
    public static void Write(IAnsiConsole terminal, TimeSpan one, string what, TimeSpan total) =>
        terminal.MarkupLine($"One replication took {one.TotalSeconds:0.0} s: {Markup.Escape(what)} should take {Words(total)} at most on this machine.");
}
