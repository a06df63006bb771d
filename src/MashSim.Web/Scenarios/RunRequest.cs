using System.Globalization;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Editing;
using MashSim.Experiments.Scenarios.Limits;
using MashSim.Experiments.Scenarios.Variants;
using MashSim.Outputs.Hints;

namespace MashSim.Web.Scenarios;

/// <summary>What a page asks to run: a scenario on offer, its <c>--set</c> edits, and the run settings, as <c>mashsim run</c> takes them.</summary>
/// <param name="Scenario">The id of a shipped or uploaded scenario.</param>
/// <param name="Set">The <c>--set</c> edits, each "path=value", in order.</param>
/// <param name="Replications">--reps (the scenario's when null).</param>
/// <param name="Seed">--seed.</param>
/// <param name="HorizonDays">--horizon, in days.</param>
/// <param name="WarmupDays">--warmup, in days.</param>
/// <param name="Baseline">A finished run of this session to compare with (common random numbers: the same replications and seed).</param>
public sealed record RunRequest(string Scenario, string[]? Set = null, int? Replications = null, long? Seed = null, int? HorizonDays = null, int? WarmupDays = null,
    string? Baseline = null)
{
    /// <summary>The scenario as <c>mashsim run</c> loads it for the same command line: the <c>--set</c> edits, then the run settings, named by the edits.</summary>
    /// <exception cref="ScenarioException">A bad path or value, or a scenario the edits make invalid: the command line's messages.</exception>
    /// <exception cref="RequestException">Something the page may not ask for (too many replications, too long a run).</exception>
    public LoadedScenario Load(ScenarioCatalogue catalogue, ServeOptions options)
    {
        // The request is JSON from anyone: a field the page always fills may come null.
        if (string.IsNullOrEmpty(Scenario)) throw new RequestException("scenario is missing; choose one the page lists, or upload one.");
        var choice = catalogue.Find(Scenario) ?? throw new RequestException($"no scenario is called '{Scenario}'; choose one the page lists, or upload one.");
        if (Set?.Any(s => s is null) == true) throw new RequestException("set: each edit is \"path=value\", not null.");
        // The page sends one edit per control it changed; a request of a million edits (30 MB of JSON) would hold a thread for minutes.
        if (Set?.Length > MaxEdits) throw new RequestException($"set: {Set.Length:N0} edits is more than a page sends (at most {MaxEdits:N0}, one per control); use the command line's --set for more.");
        var sets = ScenarioEdit.ParseAll(Set ?? []);
        if (Replications is < 1) throw new RequestException($"replications must be at least 1, not {Replications}.");
        var loaded = catalogue.Load(choice, [.. sets, .. RunEdits()]);
        loaded = ScenarioVariant.Edited(loaded, ScenarioVariant.ModelEdits(sets));
        var run = loaded.File.Run;
        if (run.Replications > options.MaxReplications)
            throw new RequestException($"{run.Replications} replications is more than this page runs (at most {options.MaxReplications}); use the command line for more.");
        if (run.HorizonDays > options.MaxHorizonDays)
            throw new RequestException($"{run.HorizonDays} days is longer than this page runs (at most {options.MaxHorizonDays}); use the command line for longer runs.");
        // The page writes every run's contact log and replication 0's event log, as the command line's run does.
        var estimate = RunSizeEstimate.Of(loaded.Scenario, run.Replications, options.Threads, writesContactLog: true, loggedReplications: 1);
        if (estimate.WhyItCannotFit(RunSizeEstimate.AvailableBytes()) is { } tooBig) throw new RequestException($"too big for this machine: {tooBig}");
        // Checked at start-up for a few MB only: each run's folder can take gigabytes (an England-sized year's event log is 2.9 GB).
        if (Outputs.Folders.OutputFolderCheck.Problem(options.ResultsRoot, estimate.OutputBytes) is { } noRoom)
            throw new RequestException($"the results folder cannot take this run: {noRoom}");
        if (estimate.Time > options.MaxRunTime)
            throw new RequestException($"this run would take about {estimate.Time.TotalMinutes:0} minutes here (at most {options.MaxRunTime.TotalMinutes:0} on this page): fewer replications or a shorter horizon, or the command line.");
        return loaded;
    }

    /// <summary>The most edits a request may carry: far more than the page's controls.</summary>
    public const int MaxEdits = 1000;

    /// <summary>The run settings as the edits <c>--reps</c>, <c>--seed</c>, <c>--horizon</c> and <c>--warmup</c> make, and named by those options, as the page's command line names them.</summary>
    private List<ScenarioEdit> RunEdits()
    {
        var edits = new List<ScenarioEdit>();
        if (Replications is { } reps) edits.Add(ScenarioEdit.Set("run.replications", reps, "--reps"));
        if (Seed is { } seed) edits.Add(ScenarioEdit.Set("run.seed", seed, "--seed"));
        if (HorizonDays is { } horizon) edits.Add(ScenarioEdit.Set("run.horizonDays", horizon, "--horizon"));
        if (WarmupDays is { } warmup) edits.Add(ScenarioEdit.Set("run.warmupDays", warmup, "--warmup"));
        return edits;
    }

    /// <summary>The command line that makes the same results folder, e.g. <c>./run.sh run scenarios/x.yaml --reps 5 --seed 1 --set mash.staff.socialWorkers=12</c>.</summary>
    public string CommandLine(ScenarioCatalogue.Choice choice, string launcher)
    {
        var words = new List<string> { "run" };
        if (choice.CommandLineArgument is { } file) words.Add(file);
        words.AddRange(RunOptionWords());
        foreach (var set in Set ?? []) words.AddRange(["--set", set]);
        return $"{launcher} {ShellQuoting.Join(words)}";
    }

    /// <summary>--reps, --seed, --horizon and --warmup as given.</summary>
    public IEnumerable<string> RunOptionWords()
    {
        if (Replications is { } reps) { yield return "--reps"; yield return reps.ToString(CultureInfo.InvariantCulture); }
        if (Seed is { } seed) { yield return "--seed"; yield return seed.ToString(CultureInfo.InvariantCulture); }
        if (HorizonDays is { } horizon) { yield return "--horizon"; yield return horizon.ToString(CultureInfo.InvariantCulture) + "d"; }
        if (WarmupDays is { } warmup) { yield return "--warmup"; yield return warmup.ToString(CultureInfo.InvariantCulture) + "d"; }
    }
}

/// <summary>A request the page may not make, with the reason shown to the user (a 400).</summary>
public sealed class RequestException(string message) : Exception(message);
