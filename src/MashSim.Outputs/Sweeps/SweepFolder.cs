using MashSim.Experiments.Results;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Sharding;
using MashSim.Experiments.Sweeps;
using MashSim.Model.Parameters;
using MashSim.Outputs.Bundles;
using MashSim.Outputs.Folders;
using MashSim.Outputs.Plots;
using MashSim.Outputs.Reports;
using MashSim.Outputs.Sharding;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs.Sweeps;

/// <summary>
/// A sweep's folder through its life: begun as <c>NAME.unfinished</c> with its spec, a file per point as each finishes
/// (so Ctrl-C loses only the point in hand and <c>--resume</c> carries on), and renamed to NAME once every point is in.
/// </summary>
public static class SweepFolder
{
    public const string UnfinishedSuffix = ".unfinished";

    /// <summary>Holds a sweep's folder for this process until disposed; a second process asking for the same folder is
    /// refused (an <see cref="InvalidDataException"/>), so a resume started twice (two terminals, a retried cluster job)
    /// does not run the same points twice and write the same point files at once.</summary>
    /// <remarks>The lock is a hidden file beside the folder, not in it, so it moves with nothing when the finished
    /// folder is renamed; the operating system releases it if the process is killed, and it is deleted when released.</remarks>
    public static IDisposable Hold(string folder)
    {
        string full = Path.GetFullPath(Path.TrimEndingDirectorySeparator(folder));
        string lockFile = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.lock");
        try
        {
            return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            throw new InvalidDataException($"{folder}: another mashsim is running this sweep now (it holds {lockFile}); wait for it to finish or stop it, then resume.");
        }
    }

    /// <summary>Begins a sweep's folder under <paramref name="root"/>: <c>name-sweep-time.unfinished</c>, or with <c>-shard-k-of-n</c> for a shard.</summary>
    public static string Begin(string root, string scenarioName, SweepSpec spec, IReadOnlyList<ProvenanceEntry> provenance, DateTime startedAt)
    {
        var shard = Shard.Parse(spec.Shard);
        string name = shard.IsWhole ? $"{scenarioName}-sweep" : $"{scenarioName}-sweep-shard-{shard.Index}-of-{shard.Count}";
        Directory.CreateDirectory(root);
        // The start-up files are written in a hidden folder and renamed into place together, so a kill between them
        // leaves no NAME.unfinished that --resume would accept with a file missing.
        string temporary = Path.Combine(root, ResultsFolder.IncompletePrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temporary);
        try
        {
            SweepFiles.WriteSpec(temporary, spec);
            File.WriteAllText(Path.Combine(temporary, ResultsWriter.ResolvedScenarioFile), spec.ScenarioYaml);
            ProvenanceFile.Write(Path.Combine(temporary, ProvenanceFile.FileName), provenance);
            // One naming rule for both states: NAME.unfinished until it is done, then NAME; two sweeps begun in the same
            // second get NAME.unfinished and NAME-2.unfinished, both resumable, which finish as NAME and NAME-2.
            return ResultsFolder.MoveToUniqueName(root, temporary, ResultsFolder.DatedName(name, startedAt), UnfinishedSuffix);
        }
        catch
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
            throw;
        }
    }

    /// <summary>The points of the grid this folder's shard runs.</summary>
    public static IEnumerable<int> Slice(SweepSpec spec)
    {
        var (start, end) = Shard.Parse(spec.Shard).Slice(spec.Grid().Count);
        return Enumerable.Range(start, end - start);
    }

    /// <summary>Writes the table and plots (a whole sweep) and the manifest, and renames the folder to its finished name; returns it.</summary>
    public static string Finish(string folder, SweepSpec spec, RunManifest manifest, ScenarioFile baseScenario, string scenarioSource)
    {
        var grid = spec.Grid();
        var points = SweepFiles.ReadPoints(folder, grid);
        var missing = Slice(spec).Where(i => !points.ContainsKey(i)).ToArray();
        if (missing.Length > 0) throw new InvalidOperationException($"{folder}: {missing.Length} point(s) still to run.");
        WriteResults(folder, spec, points.Values.ToArray(), baseScenario.Name);
        WriteManifest(folder, spec, manifest, baseScenario, scenarioSource);
        WriteReport(folder, spec, manifest, baseScenario, points.Values.ToArray());
        string name = Path.GetFileName(folder);
        if (name.EndsWith(UnfinishedSuffix, StringComparison.Ordinal)) name = name[..^UnfinishedSuffix.Length];
        return ResultsFolder.MoveInto(Path.GetDirectoryName(folder)!, folder, name);
    }

    /// <summary>Merges the finished shards of one sweep into a new folder identical to what the unsharded sweep writes; throws <see cref="InvalidDataException"/> saying what does not fit.</summary>
    public static string Merge(string root, IReadOnlyList<string> folders, RunManifest manifest)
    {
        var specs = folders.Select(f => (Folder: f, Spec: SweepFiles.ReadSpec(f))).ToArray();
        var (firstFolder, first) = specs[0];
        var shards = new ShardSet(firstFolder, ResultJson.ReadShard(Path.Combine(firstFolder, SweepFiles.SpecFile), first.Shard).Count);
        var points = new SortedDictionary<int, SweepPoint>();
        foreach (var (folder, spec) in specs)
        {
            if (spec.ScenarioYaml != first.ScenarioYaml || !spec.Axes.SequenceEqual(first.Axes, AxisComparer.Instance))
                throw new InvalidDataException($"{folder}: the scenario or the axes differ from {firstFolder}'s; these are not shards of one sweep.");
            if (Path.GetFileName(folder).EndsWith(UnfinishedSuffix, StringComparison.Ordinal))
                throw new InvalidDataException($"{folder}: this shard did not finish; continue it with {Hints.Launcher.Hint($"sweep --resume {Hints.ShellQuoting.Quote(folder)}")}.");
            var shard = ResultJson.ReadShard(Path.Combine(folder, SweepFiles.SpecFile), spec.Shard);
            shards.Add(folder, shard);
            var own = SweepFiles.ReadPoints(folder, spec.Grid());
            if (!own.Keys.SequenceEqual(Slice(spec))) throw new InvalidDataException($"{folder}: points: shard {shard} does not hold exactly its slice of the grid.");
            foreach (var (index, point) in own) points[index] = point;
        }
        shards.EnsureComplete();

        var whole = first.AsShard(Shard.Whole.ToString());
        var scenario = ScenarioLoader.LoadText(whole.ScenarioYaml, Path.Combine(firstFolder, ResultsWriter.ResolvedScenarioFile)).File;
        var provenance = ProvenanceFile.Read(Path.Combine(shards.FolderOf(1), ProvenanceFile.FileName));
        return ResultsFolder.Write(root, $"{scenario.Name}-sweep", manifest.StartedAt, folder =>
        {
            SweepFiles.WriteSpec(folder, whole);
            File.WriteAllText(Path.Combine(folder, ResultsWriter.ResolvedScenarioFile), whole.ScenarioYaml);
            ProvenanceFile.Write(Path.Combine(folder, ProvenanceFile.FileName), provenance);
            foreach (var point in points.Values) SweepFiles.WritePoint(folder, point);
            WriteResults(folder, whole, points.Values.ToArray(), scenario.Name);
            WriteManifest(folder, whole, manifest, scenario, Path.Combine(firstFolder, ResultsWriter.ResolvedScenarioFile));
            WriteReport(folder, whole, manifest, scenario, points.Values.ToArray());
        });
    }

    /// <summary>The rerun of a sweep: the same command on the bundled scenario, with each axis's values listed.</summary>
    public static IReadOnlyList<string> RerunArguments(SweepSpec spec)
    {
        var arguments = new List<string>(ResultsWriter.RerunArguments("sweep"));
        foreach (var axis in spec.Axes) arguments.AddRange(["--vary", axis.ToString()]);
        if (!Shard.Parse(spec.Shard).IsWhole) arguments.AddRange(["--shard", spec.Shard]);
        return arguments;
    }

    private static void WriteResults(string folder, SweepSpec spec, IReadOnlyList<SweepPoint> points, string scenarioName)
    {
        SweepTable.Write(Path.Combine(folder, SweepTable.FileName), spec.Grid(), points);
        // A shard's plots would show a slice of the grid; the merged folder draws them whole.
        if (!Shard.Parse(spec.Shard).IsWhole) return;
        Directory.CreateDirectory(Path.Combine(folder, "plots"));
        foreach (var kpi in HeadlineOutcomes.All) SweepPlot.Write(Path.Combine(folder, "plots", $"{kpi.Id}.png"), kpi, spec.Grid(), points, scenarioName);
    }

    /// <summary>The report of a whole sweep, written last so it embeds the plots; a shard, a slice of the grid, has none.</summary>
    private static void WriteReport(string folder, SweepSpec spec, RunManifest manifest, ScenarioFile scenario, IReadOnlyList<SweepPoint> points)
    {
        if (!Shard.Parse(spec.Shard).IsWhole) return;
        var provenance = ProvenanceFile.Read(Path.Combine(folder, ProvenanceFile.FileName));
        ReportFile.Write(folder, SweepReport.Build(scenario, provenance, spec.Axes, points, manifest with { RerunArguments = RerunArguments(spec) }));
    }

    private static void WriteManifest(string folder, SweepSpec spec, RunManifest manifest, ScenarioFile scenario, string scenarioSource)
    {
        var shard = Shard.Parse(spec.Shard);
        ManifestFile.Write(folder, manifest with { RerunArguments = RerunArguments(spec), Shard = shard.IsWhole ? null : spec.Shard },
            [(scenario, spec.ScenarioYaml, scenarioSource)]);
    }


    /// <summary>Axes are equal when they vary the same path over the same values (records compare lists by reference).</summary>
    private sealed class AxisComparer : IEqualityComparer<SweepAxis>
    {
        public static readonly AxisComparer Instance = new();
        public bool Equals(SweepAxis? x, SweepAxis? y) => x is not null && y is not null && x.Path == y.Path && x.Values.SequenceEqual(y.Values);
        public int GetHashCode(SweepAxis obj) => obj.Path.GetHashCode(StringComparison.Ordinal);
    }
}
