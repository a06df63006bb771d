using System.Text.Json;
using MashSim.Experiments.Results;
using MashSim.Experiments.Runs.Checks;
using MashSim.Experiments.Scenarios.Limits;
using MashSim.Experiments.Sweeps;
using MashSim.Model.Recording;
using MashSim.Outputs.Bundles;

namespace MashSim.Outputs.Sweeps;

/// <summary>Reads and writes a sweep's sweep.json and its points/NNNNN.json, one file per finished point, each written whole or not at all.</summary>
public static class SweepFiles
{
    public const string SpecFile = "sweep.json";
    public const string PointsFolder = "points";

    /// <summary>sweep.json holds the scenario (at most a few megabytes of YAML) and the axes; a point, its outcomes' means and intervals.</summary>
    private const long MaxBytes = 64L << 20;

    private sealed record StoredOutcome(string Id, double Mean, double Ci95Low, double Ci95High, int Replications);

    private sealed record StoredPoint(int Index, IReadOnlyList<string> Values, IReadOnlyList<StoredOutcome> Outcomes);

    public static void WriteSpec(string folder, SweepSpec spec) => WriteWhole(Path.Combine(folder, SpecFile), JsonSerializer.Serialize(spec, ResultJson.Indented) + "\n");

    /// <summary>Reads sweep.json; throws <see cref="InvalidDataException"/> naming the file when it is missing, unreadable or from another version.</summary>
    public static SweepSpec ReadSpec(string folder)
    {
        string path = Path.Combine(folder, SpecFile);
        if (!Directory.Exists(folder)) throw new InvalidDataException($"{folder}: no such folder.");
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: not found; is '{folder}' a folder that mashsim sweep wrote?");
        SweepSpec spec;
        try
        {
            spec = JsonSerializer.Deserialize<SweepSpec>(InputFiles.ReadAllText(path, MaxBytes, "a sweep.json"), ResultJson.Indented) ?? throw new InvalidDataException($"{path}: empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}:{(e.LineNumber ?? 0) + 1}: {e.Path}: not a sweep: {e.Message}");
        }
        if (spec.Format != SweepSpec.CurrentFormat) throw new InvalidDataException($"{path}: format '{spec.Format}' is not {SweepSpec.CurrentFormat}.");
        if (spec.ScenarioYaml is null || spec.Axes is null || spec.Shard is null)
            throw new InvalidDataException($"{path}: scenarioYaml, axes or shard is missing.");
        if (spec.Axes.Any(axis => axis?.Path is null || axis.Values is null || axis.Values.Any(v => v is null)))
            throw new InvalidDataException($"{path}: axes: each axis needs a path and a list of values.");
        if (spec.MashSimVersion != ManifestVersion)
            throw new InvalidDataException($"{path}: made by MashSim {spec.MashSimVersion}, but this is {ManifestVersion}; a sweep is resumed or merged by the version that began it.");
        try
        {
            _ = spec.Grid();
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{path}: axes: {e.Message}");
        }
        return spec;
    }

    public static void WritePoint(string folder, SweepPoint point)
    {
        var stored = new StoredPoint(point.Index, point.Values,
            point.Summary.Select(s => new StoredOutcome(s.Kpi.Id, s.Mean, s.CiLow, s.CiHigh, s.Replications)).ToArray());
        Directory.CreateDirectory(Path.Combine(folder, PointsFolder));
        WriteWhole(Path.Combine(folder, PointsFolder, PointFileName(point.Index)), JsonSerializer.Serialize(stored, ResultJson.Indented) + "\n");
    }

    /// <summary>The points saved in <paramref name="folder"/>, by index; each is checked against the grid, so a file from another sweep is refused.</summary>
    public static SortedDictionary<int, SweepPoint> ReadPoints(string folder, SweepGrid grid)
    {
        var points = new SortedDictionary<int, SweepPoint>();
        string pointsFolder = Path.Combine(folder, PointsFolder);
        if (!Directory.Exists(pointsFolder)) return points;
        foreach (string path in Directory.GetFiles(pointsFolder, "*.json").Order(StringComparer.Ordinal))
        {
            StoredPoint stored;
            try
            {
                stored = JsonSerializer.Deserialize<StoredPoint>(InputFiles.ReadAllText(path, MaxBytes, "a sweep point"), ResultJson.Indented) ?? throw new InvalidDataException($"{path}: empty.");
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{(e.LineNumber ?? 0) + 1}: {e.Path}: not a sweep point: {e.Message}");
            }
            if (stored.Index < 0 || stored.Index >= grid.Count || Path.GetFileName(path) != PointFileName(stored.Index))
                throw new InvalidDataException($"{path}: index: {stored.Index} is not a point of this sweep's grid, or not this file's.");
            if (stored.Values is null || !stored.Values.SequenceEqual(grid.ValuesOf(stored.Index)))
                throw new InvalidDataException($"{path}: values: not point {stored.Index}'s values ({string.Join(", ", grid.ValuesOf(stored.Index))}).");
            if (stored.Outcomes is null || !stored.Outcomes.Select(o => o?.Id).SequenceEqual(Kpi.All.Select(k => k.Id)))
                throw new InvalidDataException($"{path}: outcomes: not this version's outcomes.");
            for (int i = 0; i < Kpi.All.Count; i++)
            {
                if (Impossible(Kpi.All[i], stored.Outcomes[i]) is { } why)
                    throw new InvalidDataException($"{path}: outcomes[{i}] ({Kpi.All[i].Id}): {why}; a sweep saves only what its runs' checked figures give, so this file has been edited or damaged.");
            }
            points[stored.Index] = new SweepPoint(stored.Index, stored.Values,
                stored.Outcomes.Select((o, i) => new OutcomeSummary(Kpi.All[i], o.Mean, o.Ci95Low, o.Ci95High, o.Replications)).ToArray());
        }
        return points;
    }

    /// <summary>What no point's summary can hold, or null: its replications' figures passed the run checks
    /// (<see cref="ResultChecks.OutOfRange"/>), so their mean is in range too, and a mean lies inside its own interval.</summary>
    private static string? Impossible(Kpi kpi, StoredOutcome outcome)
    {
        const double rounding = 1e-9;
        if (outcome.Replications < 0) return $"{outcome.Replications} replications";
        if (outcome.Replications == 0) return null; // nothing observed: every figure is empty
        if (!double.IsFinite(outcome.Mean)) return "the mean is missing";
        if (ResultChecks.OutOfRange(kpi, outcome.Mean) is { } why) return $"the mean {outcome.Mean} is {why}";
        bool outside = outcome.Ci95Low > outcome.Mean + rounding * Math.Max(1, Math.Abs(outcome.Mean)) || outcome.Ci95High < outcome.Mean - rounding * Math.Max(1, Math.Abs(outcome.Mean));
        return outside ? $"the mean {outcome.Mean} is outside its interval {outcome.Ci95Low} to {outcome.Ci95High}" : null;
    }

    private static string ManifestVersion => Bundles.ManifestFile.Version;

    private static string PointFileName(int index) => $"{index:D5}.json";

    /// <summary>Writes beside the target then renames, so a stop part-way never leaves half a file.</summary>
    private static void WriteWhole(string path, string text)
    {
        string temporary = path + ".writing";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
