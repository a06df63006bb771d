using MashSim.Experiments.Results;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Sharding;
using MashSim.Outputs.Bundles;
using MashSim.Outputs.ContactLog;
using MashSim.Outputs.Folders;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs.Sharding;

/// <summary>Writes one shard's partial result, and merges the partial results of every shard into exactly what one unsharded run writes.</summary>
public static class ShardMerge
{
    /// <summary>Writes a shard's folder, <c>name-shard-k-of-n-time</c>: partial.json, the logs streamed during the run (<paramref name="writeLogs"/>: the contact and event logs when the shard ran replication 0), and the manifest.</summary>
    public static string WritePartial(string root, LoadedScenario loaded, ReplicationPlan plan, Shard shard, IReadOnlyList<MashSim.Model.Runs.RunResult> runs, RunManifest manifest,
        Action<string>? writeLogs = null, CancellationToken cancellation = default)
    {
        var scenario = loaded.File.AsRun(plan);
        string yaml = ScenarioLoader.ToYaml(scenario, loaded.Provenance);
        return ResultsFolder.Write(root, $"{scenario.Name}-shard-{shard.Index}-of-{shard.Count}", manifest.StartedAt, folder =>
        {
            PartialRunFile.Write(folder, new PartialRun(PartialRunFile.CurrentFormat, ManifestFile.Version, yaml,
                plan.Seed, plan.Replications, shard.ToString(), runs));
            writeLogs?.Invoke(folder);
            ManifestFile.Write(folder, manifest with { Shard = shard.ToString(), RerunArguments = ResultsWriter.RerunArguments("run", "--shard", shard.ToString()) },
                [(scenario, yaml, loaded.Source)], runs.Sum(r => r.EventsHandled));
            File.WriteAllText(Path.Combine(folder, ResultsWriter.ResolvedScenarioFile), yaml);
            ProvenanceFile.Write(Path.Combine(folder, ProvenanceFile.FileName), loaded.Provenance);
        }, cancellation);
    }

    /// <summary>The event log a merge copies: shard 1's events.csv, which holds replication 0's; null when the shards kept none.</summary>
    public static string? EventLogOf(IReadOnlyList<string> folders) =>
        folders.Select(f => Path.Combine(f, EventLog.EventLogFile.FileName)).FirstOrDefault(File.Exists);

    /// <summary>The whole run rebuilt from every shard's folder, with the path of the first replication's contact log; throws <see cref="InvalidDataException"/> saying which folder is wrong.</summary>
    public static (LoadedScenario Loaded, ExperimentResult Result, string ContactLog) Merge(IReadOnlyList<string> folders)
    {
        if (folders.Count == 0) throw new InvalidDataException("merge needs the folders of every shard.");
        var partials = folders.Select(f =>
        {
            var partial = PartialRunFile.Read(f);
            return (Folder: f, Partial: partial, Shard: ResultJson.ReadShard(Path.Combine(f, PartialRunFile.FileName), partial.Shard));
        }).ToArray();
        var (firstFolder, first, firstShard) = partials[0];
        var shards = new ShardSet(firstFolder, firstShard.Count);
        foreach (var (folder, partial, shard) in partials)
        {
            string Differs(string what) => $"{folder}: {what} differs from {firstFolder}'s; these shards are not slices of one run.";
            if (partial.MashSimVersion != ManifestFile.Version)
                throw new InvalidDataException($"{folder}: made by MashSim {partial.MashSimVersion}, but this is {ManifestFile.Version}; merge with the version that ran the shards.");
            if (partial.ScenarioYaml != first.ScenarioYaml) throw new InvalidDataException(Differs("the scenario"));
            if (partial.Seed != first.Seed || partial.Replications != first.Replications) throw new InvalidDataException(Differs("the seed or the number of replications"));
            shards.Add(folder, shard);
            var (start, end) = shard.Slice(partial.Replications);
            if (!partial.Runs.Select(r => r.Replication).SequenceEqual(Enumerable.Range(start, end - start)))
                throw new InvalidDataException($"{Path.Combine(folder, PartialRunFile.FileName)}: runs: shard {shard} should hold replications {start} to {end - 1}.");
        }
        shards.EnsureComplete();

        LoadedScenario loaded;
        try
        {
            loaded = ScenarioLoader.LoadText(first.ScenarioYaml, Path.Combine(firstFolder, ResultsWriter.ResolvedScenarioFile)) with { Provenance = ProvenanceFile.Read(Path.Combine(firstFolder, ProvenanceFile.FileName)) };
        }
        catch (ScenarioException e)
        {
            throw new InvalidDataException($"{Path.Combine(firstFolder, PartialRunFile.FileName)}: scenarioYaml: {e.Errors[0]}");
        }
        var plan = new ReplicationPlan(first.Replications, first.Seed, Threads: 1);
        var runs = partials.OrderBy(p => p.Shard.Index).SelectMany(p => p.Partial.Runs).ToArray();
        var result = Replications.Summarise(loaded.Scenario, plan, runs);
        string holder = shards.FolderOf(1);
        string contactLog = Path.Combine(holder, ContactLogFile.FileName);
        if (!File.Exists(contactLog)) throw new InvalidDataException($"{contactLog}: not found; shard 1 holds the first replication's contact log.");
        return (loaded, result, contactLog);
    }

}
