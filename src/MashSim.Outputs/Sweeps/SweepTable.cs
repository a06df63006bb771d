using MashSim.Experiments.Results.Saturation;
using MashSim.Experiments.Sweeps;
using MashSim.Model.Recording;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs.Sweeps;

/// <summary>Writes sweep.csv: one row per point, the varied values first, then every outcome's mean and 95% CI.</summary>
public static class SweepTable
{
    public const string FileName = "sweep.csv";

    public static void Write(string path, SweepGrid grid, IEnumerable<SweepPoint> points)
    {
        using var csv = SummaryFiles.NewCsv(path);
        csv.WriteField("point");
        foreach (var axis in grid.Axes) csv.WriteField(axis.Path);
        csv.WriteField("replications");
        csv.WriteField("overloadWarning");
        foreach (var kpi in Kpi.All)
        {
            csv.WriteField(kpi.Id + "Mean");
            csv.WriteField(kpi.Id + "Ci95Low");
            csv.WriteField(kpi.Id + "Ci95High");
        }
        csv.EndRecord();
        foreach (var point in points.OrderBy(p => p.Index))
        {
            csv.WriteField(point.Index);
            foreach (var value in point.Values) csv.WriteField(value);
            csv.WriteField(point.Summary.Max(s => s.Replications));
            // A point keeps no daily series, so only what its outcomes show: a role nearly always busy, contacts left open.
            csv.WriteField(Overload.Of(point.Summary).Text);
            foreach (var summary in point.Summary)
            {
                csv.WriteEstimate(summary.Mean, summary.CiLow, summary.CiHigh);
            }
            csv.EndRecord();
        }
    }
}
