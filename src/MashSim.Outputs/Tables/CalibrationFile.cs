using MashSim.Experiments.Calibration;

namespace MashSim.Outputs.Tables;

/// <summary>Writes calibration.csv: every target the scenario declares, its source, the simulated mean and interval, and whether it is met.</summary>
public static class CalibrationFile
{
    public static void Write(string path, IReadOnlyList<CalibrationRow> rows)
    {
        using var csv = SummaryFiles.NewCsv(path);
        foreach (var header in new[] { "outcome", "target", "tolerance", "source", "mean", "ci95Low", "ci95High", "relativeError", "met" }) csv.WriteField(header);
        csv.EndRecord();
        foreach (var row in rows)
        {
            csv.WriteField(row.Target.Outcome);
            csv.WriteField(Numbers.Format(row.Target.Value));
            csv.WriteField(Numbers.Format(row.Target.Tolerance));
            csv.WriteField(row.Target.Source);
            csv.WriteEstimate(row.Simulated.Mean, row.Simulated.CiLow, row.Simulated.CiHigh);
            csv.WriteField(Numbers.Value(row.RelativeError));
            csv.WriteField(row.Met ? "yes" : "no");
            csv.EndRecord();
        }
    }
}
