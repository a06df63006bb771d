using System.Globalization;
using System.Text.RegularExpressions;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Variants;

namespace MashSim.Web.Scenarios;

/// <summary>One control on the page: the <c>--set</c> path it changes, what people call it, the scenario's value and where that value came from.</summary>
/// <param name="Path">The <c>--set</c> path (or <c>run.*</c>, written as --reps, --seed, --horizon, --warmup on the command line).</param>
/// <param name="Label">What the page calls it.</param>
/// <param name="Group">The heading it sits under.</param>
/// <param name="Kind">int, number or bool: the input the page draws.</param>
/// <param name="Value">The scenario's value, as YAML.</param>
/// <param name="Provenance">Its citation or assumption, as <c>mashsim validate --paths</c> prints it.</param>
public sealed partial record ScenarioControl(string Path, string Label, string Group, string Kind, string Value, string Provenance)
{
    public const string RunGroup = "Run";

    /// <summary>The controls people change most, picked from every settable path of the scenario, so new roles and teams appear without a change here.</summary>
    public static IReadOnlyList<ScenarioControl> Of(LoadedScenario loaded)
    {
        var entries = SettablePaths.Of(loaded);
        var byPath = entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
        var controls = new List<ScenarioControl>();
        foreach (var entry in entries)
        {
            if (Describe(entry.Path, byPath) is not { } described) continue;
            controls.Add(new ScenarioControl(entry.Path, described.Label, described.Group, KindOf(entry.Value), entry.Value, entry.Provenance));
        }
        return [.. controls.OrderBy(c => GroupOrder.IndexOf(c.Group))];
    }

    private static readonly List<string> GroupOrder = ["MASH staff", "Teams", "Rules", "Demand", RunGroup];

    [GeneratedRegex(@"^mash\.staff\.(?<role>[A-Za-z]+)$")]
    private static partial Regex MashRole();

    [GeneratedRegex(@"^pathway\.(?<team>team|teams\[\d+\])\.(?<role>[A-Za-z]*[Ww]orkers)$")]
    private static partial Regex TeamRole();

    [GeneratedRegex(@"^pathway\.(?<team>team|teams\[\d+\])\.(?<what>[A-Za-z]*[Cc]aseloadCap)$")]
    private static partial Regex CaseloadCap();

    [GeneratedRegex(@"^mash\.checks\.agencies\[(?<i>\d+)\]\.colocated$")]
    private static partial Regex Colocated();

    private static (string Label, string Group)? Describe(string path, IReadOnlyDictionary<string, SettablePaths.Entry> all)
    {
        string Team(string team) => all.TryGetValue($"pathway.{team}.name", out var name) ? $"{name.Value} team: " : "";
        if (MashRole().Match(path) is { Success: true } m) return (Capital(Words(m.Groups["role"].Value)), "MASH staff");
        if (TeamRole().Match(path) is { Success: true } t) return (Capital(Team(t.Groups["team"].Value) + Words(t.Groups["role"].Value)), "Teams");
        if (CaseloadCap().Match(path) is { Success: true } c) return (Capital(Team(c.Groups["team"].Value) + Words(c.Groups["what"].Value)) + " (children each)", "Teams");
        if (Colocated().Match(path) is { Success: true } a)
        {
            string agency = all.TryGetValue($"mash.checks.agencies[{a.Groups["i"].Value}].name", out var n) ? n.Value : "agency";
            return ($"{Capital(agency)} co-located in the MASH", "Rules");
        }
        return path switch
        {
            "mash.managerOversightOfAllDecisions" => ("Manager agrees every decision", "Rules"),
            "mash.transfer.steps" => ("Transfer steps after a referral decision", "Rules"),
            "demand.annualGrowth" => ("Demand growth per year (0.1 = 10%)", "Demand"),
            "demand.contactsPerYear" => ("Contacts per year", "Demand"),
            "run.replications" => ("Replications", RunGroup),
            "run.seed" => ("Seed", RunGroup),
            "run.horizonDays" => ("Days simulated (warm-up included)", RunGroup),
            "run.warmupDays" => ("Warm-up days (left out of the outcomes)", RunGroup),
            _ => null,
        };
    }

    private static string KindOf(string value) =>
        value is "true" or "false" ? "bool"
        : long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? "int"
        : "number";

    /// <summary>"emergencyDutyTeam" as "emergency duty team".</summary>
    private static string Words(string camel) => Regex.Replace(camel, "(?<=[a-z0-9])(?=[A-Z])", " ").ToLowerInvariant();

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
