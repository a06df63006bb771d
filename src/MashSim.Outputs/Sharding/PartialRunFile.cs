using System.Text.Json;
using MashSim.Experiments.Runs.Checks;
using MashSim.Experiments.Scenarios.Limits;
using MashSim.Model.Recording;
using MashSim.Model.Runs;
using MashSim.Outputs.Bundles;

namespace MashSim.Outputs.Sharding;

/// <summary>One shard's share of a run: the resolved scenario and every figure of the replications it ran, enough to merge into the whole.</summary>
/// <remarks>
/// Kept as partial.json beside the shard's manifest; doubles are written in round-trip form so the merged files are
/// byte-identical. Outcomes and daily series are stored by id, not by position, so a file never depends on the order
/// in which the catalogues declare them.
/// </remarks>
public sealed record PartialRun(
    string Format,
    string MashSimVersion,
    string ScenarioYaml,
    long Seed,
    int Replications,
    string Shard,
    IReadOnlyList<RunResult> Runs);

/// <summary>Reads and writes partial.json.</summary>
public static class PartialRunFile
{
    public const string FileName = "partial.json";
    public const string CurrentFormat = "mashsim-partial-run/2";

    /// <summary>A replication's daily series, stage times and histograms take a few hundred kilobytes; a shard of thousands of long replications stays well under this.</summary>
    private const long MaxBytes = 4L << 30;

    public static void Write(string folder, PartialRun partial)
    {
        using var stream = File.Create(Path.Combine(folder, FileName));
        JsonSerializer.Serialize(stream, new StoredPartial(partial.Format, partial.MashSimVersion, partial.ScenarioYaml, partial.Seed, partial.Replications,
            partial.Shard, partial.Runs.Select(StoredRun.Of).ToArray()), ResultJson.Compact);
    }

    /// <summary>Reads a shard's partial.json; throws <see cref="InvalidDataException"/> naming the file when it is missing or unreadable.</summary>
    public static PartialRun Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!Directory.Exists(folder)) throw new InvalidDataException($"{folder}: no such folder.");
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: not found; merge takes the folders that runs with --shard wrote.");
        try
        {
            using var stream = InputFiles.OpenBounded(path, MaxBytes, "a partial.json");
            var stored = JsonSerializer.Deserialize<StoredPartial>(stream, ResultJson.Compact) ?? throw new InvalidDataException($"{path}: empty.");
            if (stored.Format != CurrentFormat) throw new InvalidDataException($"{path}: format '{stored.Format}' is not {CurrentFormat}.");
            if (stored.Runs is null || stored.ScenarioYaml is null) throw new InvalidDataException($"{path}: runs or scenarioYaml is missing.");
            var runs = stored.Runs.Select((run, i) => run?.ToRunResult(path) ?? throw new InvalidDataException($"{path}: runs[{i}] is null.")).ToArray();
            // Every shard's figures passed these checks before it was written: figures that fail them were edited or damaged since.
            if (ResultChecks.Problems(runs) is [var problem, ..])
                throw new InvalidDataException($"{path}: {problem}; a shard passes the run's sanity checks when it is written, so this one has been edited or damaged.");
            return new PartialRun(stored.Format, stored.MashSimVersion, stored.ScenarioYaml, stored.Seed, stored.Replications, stored.Shard, runs);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}:{(e.LineNumber ?? 0) + 1}: {e.Path}: not a partial result: {e.Message}");
        }
    }

    private sealed record StoredPartial(string Format, string MashSimVersion, string ScenarioYaml, long Seed, int Replications, string Shard, IReadOnlyList<StoredRun> Runs);

    /// <summary>One replication as stored: its outcomes and daily series keyed by id, with its stage times, workflow flows and duration histograms (for the merged report, diagrams and distributions.csv).</summary>
    private sealed record StoredRun(int Replication, IReadOnlyDictionary<string, double> Outcomes, IReadOnlyDictionary<string, IReadOnlyList<double>> Series,
        IReadOnlyList<double> DecisionHours, ContactAccount Account, CaseAccount? Cases, long EventsHandled,
        IReadOnlyList<MashSim.Model.Recording.Events.StageTime>? Stages, MashSim.Model.Recording.Flows.RunFlows? Flows,
        IReadOnlyList<MashSim.Model.Recording.Distributions.DurationHistogram>? Histograms = null)
    {
        public static StoredRun Of(RunResult run) => new(run.Replication,
            Kpi.All.ToDictionary(k => k.Id, k => run[k]), run.Series.ToDictionary(s => s.Measure.Id, s => s.Values),
            run.DecisionHours, run.Account, run.Cases, run.EventsHandled, run.Stages, run.Flows, run.Histograms);

        public RunResult ToRunResult(string path)
        {
            string At(string what) => $"{path}: runs: replication {Replication}: {what}";
            if (Outcomes is null || Series is null || DecisionHours is null || Account is null) throw new InvalidDataException(At("outcomes, series, decisionHours or account is missing."));
            var unknown = Outcomes.Keys.FirstOrDefault(id => !Kpi.TryById(id, out _));
            if (unknown is not null) throw new InvalidDataException(At($"'{unknown}' is not an outcome of this version."));
            var missing = Kpi.All.FirstOrDefault(k => !Outcomes.ContainsKey(k.Id));
            if (missing is not null) throw new InvalidDataException(At($"no value for the outcome '{missing.Id}'."));
            var series = Series.Select(s => !DailyMeasure.TryById(s.Key, out var measure)
                ? throw new InvalidDataException(At($"'{s.Key}' is not a daily series of this version."))
                : s.Value is null ? throw new InvalidDataException(At($"series: '{s.Key}' has no values."))
                : new DailySeries(measure, s.Value)).ToArray();
            CheckHistograms(At);
            CheckStages(At);
            CheckFlows(At);
            return new RunResult(Replication, Kpi.All.Select(k => Outcomes[k.Id]).ToArray(), series, DecisionHours, Account, Contacts: null, EventsHandled) { Cases = Cases, Stages = Stages, Flows = Flows, Histograms = Histograms };
        }

        // What the merged report, diagrams and distributions.csv add up: a damaged entry would be summed silently, or
        // fail the merge with an internal error, so each is checked for the shape this version writes.

        private void CheckHistograms(Func<string, string> at)
        {
            if (Histograms is null) return;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var histogram in Histograms)
            {
                var duration = histogram?.Id is { } id ? MashSim.Model.Recording.Distributions.Duration.All.FirstOrDefault(d => d.Id == id) : null;
                if (duration is null) throw new InvalidDataException(at($"histograms: '{histogram?.Id}' is not a duration of this version."));
                if (!seen.Add(duration.Id)) throw new InvalidDataException(at($"histograms: '{duration.Id}' is there twice."));
                if (histogram!.Counts is not { } counts || counts.Count != duration.Edges.Count || counts.Any(c => c < 0))
                    throw new InvalidDataException(at($"histograms: '{duration.Id}' needs {duration.Edges.Count} counts of zero or more."));
            }
        }

        private void CheckStages(Func<string, string> at)
        {
            if (Stages is null) return;
            foreach (var stage in Stages)
            {
                if (stage?.Stage is null || stage.Journey is null || stage.Count < 0)
                    throw new InvalidDataException(at("stages: an entry without its stage, journey or a count of zero or more."));
            }
        }

        private void CheckFlows(Func<string, string> at)
        {
            if (Flows is null) return;
            Check(Flows.Contact, "contact", Enum.GetValues<MashSim.Model.Contacts.ContactState>().Length, Enum.GetValues<MashSim.Model.Contacts.ContactTrigger>().Length);
            if (Flows.Case is { } caseFlows)
                Check(caseFlows, "case", Enum.GetValues<MashSim.Model.Pathway.Cases.CaseState>().Length, Enum.GetValues<MashSim.Model.Pathway.Cases.CaseTrigger>().Length);

            void Check(MashSim.Model.Recording.Flows.TransitionFlows? flows, string workflow, int states, int triggers)
            {
                if (flows is null || flows.States != states || flows.Triggers != triggers || flows.Counts?.Length != states * triggers * states
                    || flows.HoursInState?.Length != states || flows.Visits?.Length != states || flows.Counts.Any(c => c < 0) || flows.Visits.Any(v => v < 0))
                    throw new InvalidDataException(at($"flows: the {workflow} workflow's flows are not those of this version's {states} states and {triggers} triggers."));
            }
        }
    }
}
