using MashSim.Experiments.Results;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs.Stages;

/// <summary>stages.csv: where the time goes, each stage's mean wait and mean work in hours with 95% CIs over replications.</summary>
public static class StagesFile
{
    public const string FileName = "stages.csv";

    /// <summary>Writes the stages of one or more scenarios (one block of rows each); nothing when no run recorded stage times.</summary>
    public static void Write(string path, IReadOnlyList<(string Scenario, IReadOnlyList<StageSummary> Stages)> scenarios)
    {
        if (scenarios.All(s => s.Stages.Count == 0)) return;
        using var csv = SummaryFiles.NewCsv(path);
        foreach (var header in new[] { "scenario", "journey", "stage", "perReplication", "waitHoursMean", "waitHoursCi95Low", "waitHoursCi95High",
                     "workHoursMean", "workHoursCi95Low", "workHoursCi95High", "replications" })
        {
            csv.WriteField(header);
        }
        csv.EndRecord();
        foreach (var (scenario, stages) in scenarios)
        {
            foreach (var s in stages)
            {
                csv.WriteField(scenario);
                csv.WriteField(s.Journey);
                csv.WriteField(s.Stage);
                csv.WriteField(Numbers.Format(s.CountMean));
                csv.WriteField(Numbers.Format(s.WaitHours.Mean));
                csv.WriteField(Numbers.Format(s.WaitHours.Low));
                csv.WriteField(Numbers.Format(s.WaitHours.High));
                csv.WriteField(Numbers.Format(s.WorkHours.Mean));
                csv.WriteField(Numbers.Format(s.WorkHours.Low));
                csv.WriteField(Numbers.Format(s.WorkHours.High));
                csv.WriteField(s.WaitHours.N);
                csv.EndRecord();
            }
        }
    }
}
