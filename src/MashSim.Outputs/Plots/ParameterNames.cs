using System.Text;
using System.Text.RegularExpressions;

namespace MashSim.Outputs.Plots;

/// <summary>
/// Readable names for the settable paths a sweep or staffing search varies ("MASH social workers" for
/// mash.staff.socialWorkers), falling back to the path made readable ("pathway.team.caseworkHoursPerWeek":
/// "Pathway team: casework hours per week").
/// </summary>
public static partial class ParameterNames
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["mash.staff.socialWorkers"] = "MASH social workers",
        ["mash.staff.managers"] = "MASH managers",
        ["mash.staff.businessSupport"] = "MASH business support officers",
        ["mash.staff.emergencyDutyTeam"] = "Emergency duty team workers",
        ["pathway.team.socialWorkers"] = "Case-holding social workers",
        ["pathway.team.caseloadCap"] = "Caseload cap (children per social worker)",
        ["pathway.team.familySupportWorkers"] = "Family support workers",
        ["pathway.team.familySupportWorkerCaseloadCap"] = "Family support workers' caseload cap (children)",
        ["pathway.team.caseworkHoursPerWeek"] = "Casework hours per social worker a week",
        ["pathway.team.annualTurnover"] = "Social worker turnover a year",
        ["pathway.conferences.slotsPerWorkingDay"] = "Conference slots per working day",
        ["demand.annualGrowth"] = "Annual growth in contacts",
    };

    /// <summary>The readable name of <paramref name="path"/>.</summary>
    public static string Of(string path) => Known.TryGetValue(path, out var name) ? name : Humanise(path);

    /// <summary>"mash.checks.agencies[0].colocated" as "Mash checks agencies 1: colocated": the last part after a colon, words split at capitals.</summary>
    public static string Humanise(string path)
    {
        var parts = path.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(Words).ToArray();
        if (parts.Length == 0) return path;
        string head = string.Join(" ", parts[..^1]);
        string text = head.Length == 0 ? parts[^1] : $"{head}: {parts[^1]}";
        return text.Length == 0 ? path : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string Words(string part)
    {
        var spaced = Capital().Replace(Index().Replace(part, m => $" {int.Parse(m.Groups[1].Value) + 1}"), " $1");
        var text = new StringBuilder(spaced.Length);
        foreach (var word in spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (text.Length > 0) text.Append(' ');
            text.Append(word.Length > 1 && word.All(char.IsUpper) ? word : word.ToLowerInvariant());
        }
        return text.ToString();
    }

    [GeneratedRegex(@"(?<=[a-z0-9])([A-Z])")]
    private static partial Regex Capital();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Index();
}
