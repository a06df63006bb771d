namespace MashSim.Cli.Tests;

public class CalibrateCommandTests
{
    [Fact]
    public void The_default_Cumbria_November_2017_scenario_meets_every_calibration_target()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of("calibrate", "--out", temp.Path);
        Assert.Equal(0, run.ExitCode);
        var folder = AppRun.OnlyResultsFolder(temp.Path);
        var rows = File.ReadAllLines(Path.Combine(folder, "calibration.csv")).Skip(1).ToArray();
        Assert.True(rows.Length >= 8, $"{rows.Length} targets");
        Assert.All(rows, row => Assert.EndsWith(",yes", row));
        Assert.Contains("8 of 8 targets met", run.Output);
        foreach (var outcome in new[] { "childProtectionPlansPer10k", "reReferralShare", "initialConferencesWithin15WorkingDays", "caseloadMean", "openCasesMean" })
        {
            Assert.Contains(rows, r => r.StartsWith(outcome + ",", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_scenario_without_targets_is_refused_before_anything_runs()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of("calibrate", AppRun.Scenario("scenarios/validation/mmc.yaml"), "--out", temp.Sub("results"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no calibration targets", run.Error);
        Assert.False(Directory.Exists(temp.Sub("results")));
    }

    [Fact]
    public void A_target_for_an_outcome_that_does_not_exist_is_a_validation_error()
    {
        using var temp = new TempFolder();
        string file = Path.Combine(temp.Path, "bad-target.yaml");
        File.WriteAllText(file, "name: bad-target\ncalibration:\n  - { outcome: childProtectionPlans, value: 5, source: made up }\n");
        var run = AppRun.Of("validate", file);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file}:3:7: calibration[0].outcome: no outcome is called 'childProtectionPlans'", run.Error);
    }
}
