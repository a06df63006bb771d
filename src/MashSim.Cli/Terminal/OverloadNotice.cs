using System.Globalization;
using MashSim.Experiments.Results;
using MashSim.Model.Recording;
using Spectre.Console;

namespace MashSim.Cli.Terminal;

/// <summary>Says plainly when a run's service could not keep up: a role with nobody in it, contacts left open at the end, referrals waiting for a worker.</summary>
/// <remarks>The figures of an overwhelmed run are still what the model did, but they are not a steady state, and a planner reading only shares could miss it.</remarks>
internal static class OverloadNotice
{
    /// <summary>The lines to print, empty when the service kept up.</summary>
    public static IReadOnlyList<string> Lines(ExperimentResult result)
    {
        var lines = new List<string>();
        var staff = result.Scenario.Mash.Staff;
        var empty = new (string Role, int Count)[]
        {
            ("MASH social workers (mash.staff.socialWorkers)", staff.SocialWorkers), ("MASH managers (mash.staff.managers)", staff.Managers),
            ("business support (mash.staff.businessSupport)", staff.BusinessSupport), ("the emergency duty team (mash.staff.emergencyDutyTeam)", staff.EmergencyDutyTeam),
        }.Where(r => r.Count == 0).Select(r => r.Role).ToArray();
        double unfinished = Mean(result, Kpi.UnfinishedAtEnd);
        if (unfinished > 0)
        {
            string who = empty.Length > 0 ? $"{Capitalised(string.Join(" and ", empty))} {(empty.Length == 1 ? "has" : "have")} nobody"
                : $"The busiest role is {Busiest(result)}";
            lines.Add($"Overwhelmed: {unfinished.ToString("N0", CultureInfo.InvariantCulture)} contacts (mean per replication) were still open at the end, " +
                      $"{result.Scenario.Run.DrainDays} days after the last arrival: the queue grew faster than it was worked. {who}.");
        }
        else if (empty.Length > 0)
        {
            lines.Add($"{Capitalised(string.Join(" and ", empty))} {(empty.Length == 1 ? "has" : "have")} nobody; other staff took the work and no contact was left open at the end.");
        }
        double waiting = Mean(result, Kpi.UnallocatedMean);
        if (waiting >= 1)
            lines.Add($"Overwhelmed: on average {waiting.ToString("N0", CultureInfo.InvariantCulture)} referrals waited for a social worker with room under the caseload cap (pathway.team).");
        return lines;
    }

    public static void Write(IAnsiConsole terminal, ExperimentResult result)
    {
        foreach (var line in Lines(result)) terminal.MarkupLine($"[bold red]{Markup.Escape(line)}[/]");
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static double Mean(ExperimentResult result, Kpi kpi) => result.Summary.First(s => s.Kpi == kpi) is { HasObservations: true } s ? s.Mean : 0;

    private static string Busiest(ExperimentResult result)
    {
        var roles = new (string Role, Kpi Kpi)[]
        {
            ("MASH social workers", Kpi.UtilisationSocialWorkers), ("MASH managers", Kpi.UtilisationManagers),
            ("business support", Kpi.UtilisationBusinessSupport), ("the emergency duty team", Kpi.UtilisationEmergencyDutyTeam),
        };
        var busiest = roles.Select(r => (r.Role, Busy: Mean(result, r.Kpi))).MaxBy(r => r.Busy);
        return $"{busiest.Role}, {busiest.Busy.ToString("0%", CultureInfo.InvariantCulture)} busy";
    }
}
