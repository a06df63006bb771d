using MashSim.Experiments.Staffing;
using MashSim.Outputs.Folders;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs;

/// <summary>Writes the staffing finder's evidence: staffing.csv, one row per staffing level tried and target, and the answer.</summary>
public static class StaffingWriter
{
    public static string Write(string root, string scenarioName, StaffingSearch.Answer answer, DateTime startedAt) =>
        ResultsFolder.Write(root, $"staff-{scenarioName}", startedAt, folder =>
        {
            using var csv = SummaryFiles.NewCsv(Path.Combine(folder, "staffing.csv"));
            foreach (var header in new[] { "role", "staff", "target", "mean", "ci95Low", "ci95High", "met", "meetsAll", "smallest" }) csv.WriteField(header);
            csv.EndRecord();
            foreach (var trial in answer.Evidence)
            {
                foreach (var (target, outcome, met) in trial.Results)
                {
                    csv.WriteField(answer.Role);
                    csv.WriteField(trial.Staff);
                    csv.WriteField(target.ToString());
                    csv.WriteField(Numbers.Format(outcome.Mean));
                    csv.WriteField(Numbers.Format(outcome.CiLow));
                    csv.WriteField(Numbers.Format(outcome.CiHigh));
                    csv.WriteField(met ? "yes" : "no");
                    csv.WriteField(trial.MeetsAll ? "yes" : "no");
                    csv.WriteField(answer.Smallest == trial.Staff ? "yes" : "no");
                    csv.EndRecord();
                }
            }
        });
}
