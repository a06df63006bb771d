using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using MashSim.Experiments.Scenarios.Editing;

namespace MashSim.Cli.Commands;

/// <summary>The options of every command that runs a scenario: the scenario and its overrides, replications, seed, run length, threads, output folder.</summary>
internal sealed partial class RunOptions
{
    public ScenarioOptions Scenario { get; } = new();
    public Option<string?> Reps { get; } = new("--reps") { Description = "Replications (default: the scenario's run.replications).", HelpName = "N" };
    public Option<long?> Seed { get; } = new("--seed") { Description = "Master seed (default: the scenario's run.seed)." };
    public Option<string?> Horizon { get; } = new("--horizon") { Description = "Days simulated, warm-up included, e.g. 365d or 52w (default: the scenario's run.horizonDays).", HelpName = "days" };
    public Option<string?> Warmup { get; } = new("--warmup") { Description = "Days at the start left out of the statistics, e.g. 90d (default: the scenario's run.warmupDays).", HelpName = "days" };
    public Option<int?> Threads { get; } = new("--threads") { Description = "Replications run in parallel (default: one per core). Results do not depend on it." };
    public Option<string?> Out { get; } = new("--out") { Description = "Folder under which the results folder is created (default: results)." };

    public void AddTo(Command command)
    {
        Scenario.AddTo(command);
        AddRunSettingsTo(command);
    }

    /// <summary>Adds every option but the scenario's, for a command that takes its scenarios its own way.</summary>
    public void AddRunSettingsTo(Command command)
    {
        command.Add(Reps);
        command.Add(Seed);
        command.Add(Horizon);
        command.Add(Warmup);
        command.Add(Threads);
        command.Add(Out);
    }

    /// <summary>True when --reps is "auto": the number is chosen by the precision reached.</summary>
    public bool AutoReps(ParseResult parsed) => string.Equals(parsed.GetValue(Reps)?.Trim(), "auto", StringComparison.OrdinalIgnoreCase);

    /// <summary>The command-line run settings as edits of the scenario's <c>run</c> section, so they are checked like any other value.</summary>
    public List<ScenarioEdit> RunEdits(ParseResult parsed)
    {
        var edits = new List<ScenarioEdit>();
        if (parsed.GetValue(Reps) is { } reps && !AutoReps(parsed))
        {
            if (!int.TryParse(reps, NumberStyles.None, CultureInfo.InvariantCulture, out int count))
                throw new UsageException($"--reps: '{reps}' is not a number of replications (or auto, with --precision, for mashsim run).");
            if (count < 1) throw new UsageException($"--reps: '{reps}' is not a number of replications; give 1 or more (2 or more for confidence intervals), or auto, with --precision, for mashsim run.");
            edits.Add(ScenarioEdit.Set("run.replications", count, "--reps"));
        }
        if (parsed.GetValue(Seed) is { } seed) edits.Add(ScenarioEdit.Set("run.seed", seed, "--seed"));
        if (parsed.GetValue(Horizon) is { } horizon) edits.Add(ScenarioEdit.Set("run.horizonDays", Days("--horizon", horizon), "--horizon"));
        if (parsed.GetValue(Warmup) is { } warmup) edits.Add(ScenarioEdit.Set("run.warmupDays", Days("--warmup", warmup), "--warmup"));
        return edits;
    }

    /// <summary>The same, refusing <c>--reps auto</c>, which only <c>mashsim run</c> understands.</summary>
    public List<ScenarioEdit> FixedRunEdits(ParseResult parsed, string command) =>
        AutoReps(parsed) ? throw new UsageException($"--reps auto is for mashsim run; {command} needs a number of replications.") : RunEdits(parsed);

    /// <summary>The scenario named on the command line with its <c>--set</c> edits and then the run settings' (refusing <c>--reps auto</c>).</summary>
    public Experiments.Scenarios.LoadedScenario LoadFixed(ParseResult parsed, string command) => Scenario.Load(parsed, FixedRunEdits(parsed, command));

    [GeneratedRegex(@"^\s*(?<n>\d+)\s*(?<unit>d|w|y)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DaysPattern();

    /// <summary>Reads 90, 90d, 13w or 1y as days (a year is 365 days).</summary>
    internal static int Days(string option, string text)
    {
        var match = DaysPattern().Match(text);
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
            throw new UsageException($"{option}: '{text}' is not a length like 365d, 52w or 1y.");
        long days = (long)n * (match.Groups["unit"].Value.ToLowerInvariant() switch { "w" => 7, "y" => 365, _ => 1 });
        return days <= int.MaxValue ? (int)days : throw new UsageException($"{option}: '{text}' is too long.");
    }
}
