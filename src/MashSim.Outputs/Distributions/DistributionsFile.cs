using MashSim.Experiments.Results;
using MashSim.Model.Recording.Distributions;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs.Distributions;

/// <summary>distributions.csv: each duration's histogram (contact to decision, referral to allocation, ... time since the previous referral), pooled over replications.</summary>
/// <remarks>Its percentiles, with CIs over replications, are outcomes in summary.csv (e.g. <c>referralToAllocationDaysP90</c>); this file shows the shape behind them.</remarks>
public static class DistributionsFile
{
    public const string FileName = "distributions.csv";

    /// <summary>Writes one row per bin of every duration; nothing when no replication recorded histograms (results from before they existed).</summary>
    public static void Write(string path, ExperimentResult result)
    {
        var runs = result.Runs.Where(r => r.Histograms is not null).ToList();
        if (runs.Count == 0) return;
        using var csv = SummaryFiles.NewCsv(path);
        foreach (var header in new[] { "distribution", "label", "unit", "from", "to", "count", "share", "replications" }) csv.WriteField(header);
        csv.EndRecord();
        foreach (var duration in Duration.All)
        {
            var counts = new long[duration.Edges.Count];
            foreach (var run in runs)
            {
                if (run.Histograms!.FirstOrDefault(h => h.Id == duration.Id) is not { } histogram) continue;
                for (int i = 0; i < counts.Length && i < histogram.Counts.Count; i++) counts[i] += histogram.Counts[i];
            }
            long total = counts.Sum();
            for (int i = 0; i < counts.Length; i++)
            {
                csv.WriteField(duration.Id);
                csv.WriteField(duration.Label);
                csv.WriteField(duration.Unit.Name);
                csv.WriteField(Numbers.Format(duration.Edges[i]));
                csv.WriteField(i + 1 < duration.Edges.Count ? Numbers.Format(duration.Edges[i + 1]) : "");
                csv.WriteField(counts[i]);
                csv.WriteField(total > 0 ? Numbers.Format((double)counts[i] / total) : "");
                csv.WriteField(runs.Count);
                csv.EndRecord();
            }
        }
    }
}
