using System.Globalization;
using System.Text.Json;
using CsvHelper;
using MashSim.Experiments.Results;
using MashSim.Experiments.Results.Saturation;
using MashSim.Experiments.Scenarios.Limits;
using MashSim.Model.Recording;

namespace MashSim.Outputs.Tables;

/// <summary>Writes summary.csv, summary.json, replications.csv and timeseries.csv: every outcome, every replication, the queue over time.</summary>
/// <remarks>Nothing time-stamped goes in these files, so the same scenario and seed give byte-identical files.</remarks>
public static class SummaryFiles
{
    public const string JsonFile = "summary.json";

    /// <summary>summary.json's outcomes and overload signs: tens of kilobytes, whatever the run's size.</summary>
    private const long MaxJsonBytes = 64L << 20;

    public static void Write(string folder, ExperimentResult result, IReadOnlyList<DailySeriesSummary> daily)
    {
        var overload = Overload.Of(result.Summary, daily);
        WriteSummaryCsv(Path.Combine(folder, "summary.csv"), result, overload);
        WriteSummaryJson(Path.Combine(folder, JsonFile), result, overload);
        WriteReplicationsCsv(Path.Combine(folder, "replications.csv"), result);
        WriteTimeSeriesCsv(Path.Combine(folder, "timeseries.csv"), result, daily);
    }

    /// <summary>summary.csv: a row per outcome; <c>overloadWarning</c> names, on the rows that show it, what saturated.</summary>
    private static void WriteSummaryCsv(string path, ExperimentResult result, Overload overload)
    {
        using var csv = NewCsv(path);
        foreach (var header in new[] { "id", "label", "unit", "mean", "ci95Low", "ci95High", "replications", "overloadWarning" }) csv.WriteField(header);
        csv.EndRecord();
        foreach (var s in Reported(result))
        {
            csv.WriteField(s.Kpi.Id);
            csv.WriteField(s.Kpi.Label);
            csv.WriteField(s.Kpi.Unit.Name);
            csv.WriteEstimate(s.Mean, s.CiLow, s.CiHigh);
            csv.WriteField(s.Replications);
            csv.WriteField(string.Join("; ", overload.About(s.Kpi.Id)));
            csv.EndRecord();
        }
    }

    /// <summary>The folder's summary.json, or null when it has none (an older folder); throws <see cref="InvalidDataException"/> naming the file and line when it is not JSON or not a file to read.</summary>
    public static JsonDocument? ReadJson(string folder)
    {
        string path = Path.Combine(folder, JsonFile);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonDocument.Parse(InputFiles.ReadAllText(path, MaxJsonBytes, "a summary.json"), new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}:{(e.LineNumber ?? 0) + 1}: not valid JSON: {e.Message}");
        }
    }

    /// <summary>summary.json; <c>overload</c> (before the outcomes) says whether the service kept up and, if not, which role or work saturated.</summary>
    private static void WriteSummaryJson(string path, ExperimentResult result, Overload overload)
    {
        var document = new
        {
            scenario = result.Scenario.Name,
            seed = result.Plan.Seed,
            replications = result.Runs.Count,
            confidence = OutcomeSummary.Confidence,
            overload = new
            {
                overloaded = overload.Any,
                signs = overload.Signs.Select(s => new { kind = s.Kind, subject = s.Subject, outcome = s.OutcomeId, detail = s.Detail }),
            },
            outcomes = Reported(result).Select(s => new
            {
                id = s.Kpi.Id,
                label = s.Kpi.Label,
                unit = s.Kpi.Unit.Name,
                mean = Finite(s.Mean),
                ci95Low = Finite(s.CiLow),
                ci95High = Finite(s.CiHigh),
                replications = s.Replications,
            }),
        };
        var options = Bundles.ResultJson.Readable;
        if (result.Runs.Count == 1)
        {
            // Said in the file, so a reader of one long run does not mistake the missing intervals for a fault.
            var node = JsonSerializer.SerializeToNode(document, options)!.AsObject();
            node.Insert(node.IndexOf("outcomes"), "note", "one replication: there is no confidence interval, so every ci95Low and ci95High is null");
            File.WriteAllText(path, node.ToJsonString(options) + "\n");
            return;
        }
        File.WriteAllText(path, JsonSerializer.Serialize(document, options) + "\n");
    }

    private static void WriteReplicationsCsv(string path, ExperimentResult result)
    {
        using var csv = NewCsv(path);
        var kpis = Kpi.All.Where(k => k.IsReportedFor(result.Scenario)).ToArray();
        csv.WriteField("replication");
        foreach (var kpi in kpis) csv.WriteField(kpi.Id);
        csv.WriteField("eventsHandled");
        csv.EndRecord();
        foreach (var run in result.Runs)
        {
            csv.WriteField(run.Replication);
            foreach (var kpi in kpis) csv.WriteField(Numbers.Value(run[kpi]));
            csv.WriteField(run.EventsHandled);
            csv.EndRecord();
        }
    }

    private static void WriteTimeSeriesCsv(string path, ExperimentResult result, IReadOnlyList<DailySeriesSummary> daily)
    {
        using var csv = NewCsv(path);
        csv.WriteField("day");
        csv.WriteField("date");
        foreach (var s in daily)
        {
            csv.WriteField(s.Id + "Mean");
            csv.WriteField(s.Id + "Ci95Low");
            csv.WriteField(s.Id + "Ci95High");
        }
        csv.EndRecord();
        var run = result.Scenario.Run;
        int days = daily.Count > 0 ? daily[0].Days.Count : 0;
        for (int day = 0; day < days; day++)
        {
            csv.WriteField(run.WarmupDays + day);
            csv.WriteField(run.Start.AddDays(run.WarmupDays + day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            foreach (var s in daily)
            {
                csv.WriteEstimate(s.Days[day].Mean, s.Days[day].Low, s.Days[day].High);
            }
            csv.EndRecord();
        }
    }

    /// <summary>The outcomes the files list: all but those of an optional process the scenario leaves out, so a scenario without one writes what it wrote before the process existed.</summary>
    private static IEnumerable<OutcomeSummary> Reported(ExperimentResult result) => result.Summary.Where(s => s.Kpi.IsReportedFor(result.Scenario));

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>A CSV file in UTF-8 without a byte order mark, CsvHelper writing the bytes itself (through a StreamWriter it decoded its UTF-8 for the StreamWriter to encode again).</summary>
    internal static CsvWriter NewCsv(string path) =>
        CsvWriter.Create(File.Create(path), new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: false);
}
