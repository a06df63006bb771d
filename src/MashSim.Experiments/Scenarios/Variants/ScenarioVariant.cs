using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MashSim.Experiments.Scenarios.Editing;

namespace MashSim.Experiments.Scenarios.Variants;

/// <summary>A named what-if on one scenario: a label a planner chose and the edits that make it.</summary>
/// <remarks>Written on the command line as <c>"two more social workers: mash.staff.socialWorkers=13; mash.staff.managers=5"</c>.</remarks>
public sealed partial record ScenarioVariant(string Label, IReadOnlyList<ScenarioEdit> Edits)
{
    /// <summary>Reads <c>"label: path=value[; path=value...]"</c>; without a label, the edits name the variant.</summary>
    /// <exception cref="FormatException">An empty label, no edit, an edit that is not path=value, or one of the run settings.</exception>
    /// <exception cref="ScenarioException">An edit's path or value is not valid.</exception>
    public static ScenarioVariant Parse(string text)
    {
        int colon = text.IndexOf(':');
        // A colon before any '=' ends the label; one after it belongs to a value ("{dist: fixed, value: 30}").
        bool labelled = colon >= 0 && !text[..colon].Contains('=');
        if (labelled && text[..colon].Trim().Length == 0) throw new FormatException($"'{text}' has no name before its ':'; write \"name: path=value[; path=value...]\", or leave out the ':'.");
        string label = labelled ? text[..colon].Trim() : "";
        var edits = (labelled ? text[(colon + 1)..] : text).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (edits.Length == 0) throw new FormatException($"'{text}' has no edits; write \"name: path=value[; path=value...]\".");
        if (edits.FirstOrDefault(e => e.IndexOf('=') <= 0) is { } bad)
            throw new FormatException($"'{bad}' is not path=value (e.g. mash.staff.socialWorkers=13).");
        // The comparison runs every scenario with the same replications, seed and period: a variant's own was overridden unsaid.
        if (edits.FirstOrDefault(IsRunSetting) is { } runSetting)
            throw new FormatException($"'{runSetting}': a variant changes the service, not the run; every scenario in a comparison runs with the same run settings, so give them once with --reps, --seed, --horizon or --warmup.");
        return new ScenarioVariant(label.Length > 0 ? label : string.Join("; ", edits),
            ScenarioEdit.ParseAll(edits, label.Length > 0 ? $"--variant '{label}'" : "--variant"));
    }

    /// <summary>
    /// The one place a variant's scenario is made: <paramref name="baseline"/> with the edits (checked like the file),
    /// named by the variant, its description saying what was changed.
    /// </summary>
    public LoadedScenario Make(LoadedScenario baseline)
    {
        var edited = baseline.With(Edits);
        return edited.Named(Slug(Label), Describe(edited.Scenario.Description, Edits)) with
        {
            Source = $"{baseline.Source} with {string.Join("; ", Edits)}",
        };
    }

    /// <summary>Edits that change the model, not how it is run: <c>run.*</c> (horizon, warm-up, replications, seed) set how long and how often, not what.</summary>
    public static IReadOnlyList<ScenarioEdit> ModelEdits(IEnumerable<ScenarioEdit> edits) =>
        edits.Where(e => !IsRunSetting(e.Path)).ToArray();

    /// <summary>Whether a path (or a "path=value" edit) is one of the run settings, <c>run.*</c>, rather than part of the
    /// service: what a variant, a staffing role and a fitted parameter may not be.</summary>
    public static bool IsRunSetting(string path) => path.StartsWith("run.", StringComparison.Ordinal);

    /// <summary>A scenario run with <c>--set</c> edits: renamed with a short readable suffix (so its folder, title and summary say it), the edits in its description.</summary>
    public static LoadedScenario Edited(LoadedScenario loaded, IReadOnlyList<ScenarioEdit> edits) => edits.Count == 0
        ? loaded
        : loaded.Named($"{loaded.Scenario.Name}--{Suffix(edits)}", Describe(loaded.Scenario.Description, edits));

    /// <summary>The most characters a suffix keeps before it is shortened with a hash of the whole.</summary>
    private const int LongestSuffix = 40;

    /// <summary>"socialWorkers-13-caseloadCap-30": each edit's last path segment and value, safe in a file name; long ones cut and made unique with a hash.</summary>
    public static string Suffix(IReadOnlyList<ScenarioEdit> edits)
    {
        string text = Slug(string.Join("-", edits.Select(e => $"{e.Path[(e.Path.LastIndexOf('.') + 1)..]}-{e.ValueText.Trim()}")), lower: false);
        if (text.Length <= LongestSuffix) return text;
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(";", edits))))[..6];
        return $"{text[..(LongestSuffix - 7)].TrimEnd('-')}-{hash}";
    }

    [GeneratedRegex("[^A-Za-z0-9.]+")]
    private static partial Regex Unsafe();

    /// <summary>Letters, digits, dots and single dashes: a scenario name that is safe as a folder name.</summary>
    public static string Slug(string text, bool lower = true)
    {
        string slug = Unsafe().Replace(lower ? text.ToLowerInvariant() : text, "-").Trim('-', '.');
        return slug.Length > 0 ? slug : "variant";
    }

    private static string Describe(string description, IReadOnlyList<ScenarioEdit> edits) =>
        $"{description}{(description.Length > 0 ? " " : "")}Edited: {string.Join("; ", edits)}.".Trim();
}
