using System.Text.Json;
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
            using var stream = File.OpenRead(path);
            var stored = JsonSerializer.Deserialize<StoredPartial>(stream, ResultJson.Compact) ?? throw new InvalidDataException($"{path}: empty.");
            if (stored.Format != CurrentFormat) throw new InvalidDataException($"{path}: format '{stored.Format}' is not {CurrentFormat}.");
            if (stored.Runs is null || stored.ScenarioYaml is null) throw new InvalidDataException($"{path}: runs or scenarioYaml is missing.");
            return new PartialRun(stored.Format, stored.MashSimVersion, stored.ScenarioYaml, stored.Seed, stored.Replications, stored.Shard,
                stored.Runs.Select(run => run.ToRunResult(path)).ToArray());
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
            var series = Series.Select(s => DailyMeasure.TryById(s.Key, out var measure)
                ? new DailySeries(measure, s.Value)
                : throw new InvalidDataException(At($"'{s.Key}' is not a daily series of this version."))).ToArray();
            return new RunResult(Replication, Kpi.All.Select(k => Outcomes[k.Id]).ToArray(), series, DecisionHours, Account, Contacts: null, EventsHandled) { Cases = Cases, Stages = Stages, Flows = Flows, Histograms = Histograms };
        }
    }
}
