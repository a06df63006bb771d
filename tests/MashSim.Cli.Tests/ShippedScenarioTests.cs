namespace MashSim.Cli.Tests;

/// <summary>Every scenario in scenarios/ runs through the real command, the report scenarios meet their targets, and each what-if moves its outcome the way its story says.</summary>
public class ShippedScenarioTests
{
    public static TheoryData<string> ShippedScenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppRun.RepositoryRoot(), "scenarios"), "*.yaml", SearchOption.AllDirectories).Order())
        {
            data.Add(Path.GetRelativePath(AppRun.RepositoryRoot(), file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Every_shipped_scenario_runs_and_accounts_for_every_contact(string scenario)
    {
        using var temp = new TempFolder();
        var run = AppRun.Of("run", AppRun.Scenario(scenario), "--out", temp.Path, "--reps", "2", "--set", "run.horizonDays=120", "--set", "run.warmupDays=30");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("every one accounted for: yes", run.Output);
    }

    /// <summary>Each report scenario meets its targets but the misses its report explains (README, calibration): those must still be misses, or the list is stale.</summary>
    /// <remarks>
    /// cumbria-2016-10: plans "stepped down too quickly" (000) are shorter than England's 9.2 months.
    /// cambridgeshire-2019-01: caseloads "too high for many social workers" (004 para 2) make assessments late; the
    /// report's "significant minority" of late assessments is below the national 83% in time the target cites.
    /// lancashire-2017-10 reaches its maximum caseload of 34 through locality allocation above the cap, and
    /// cumbria-2017-01 keeps up with its transfers (001), so neither has a miss.
    /// </remarks>
    [Theory]
    [InlineData("scenarios/cumbria-2016-10.yaml", "childProtectionPlanMonthsMean")]
    [InlineData("scenarios/cumbria-2017-01.yaml", "")]
    [InlineData("scenarios/lancashire-2017-10.yaml", "")]
    [InlineData("scenarios/cambridgeshire-2019-01.yaml", "assessmentsWithin45WorkingDays")]
    public void Each_report_scenario_meets_its_calibration_targets_but_the_misses_it_explains(string scenario, string explainedMisses)
    {
        using var temp = new TempFolder();
        var run = AppRun.Of("calibrate", AppRun.Scenario(scenario), "--out", temp.Path);
        Assert.Equal(0, run.ExitCode);
        var rows = File.ReadAllLines(Path.Combine(AppRun.OnlyResultsFolder(temp.Path), "calibration.csv")).Skip(1).ToArray();
        Assert.NotEmpty(rows);
        var misses = explainedMisses.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        Assert.All(rows, row => Assert.EndsWith(misses.Contains(row[..row.IndexOf(',')]) ? ",no" : ",yes", row));
    }

    [Theory]
    [InlineData("cumbria-2017-01", "cumbria-2017-01-police-back", "agencyCheckTurnaroundHoursMean", -1)]
    [InlineData("cumbria-2017-01", "cumbria-2017-01-streamlined-transfer", "utilisationBusinessSupport", -1)]
    [InlineData("cumbria-2017-01", "cumbria-2017-01-manager-oversight", "utilisationManagers", +1)]
    [InlineData("cumbria-2017-11", "cumbria-2017-11-demand-up-10", "contacts", +1)]
    [InlineData("lancashire-2017-10", "lancashire-2017-10-cap-25", "caseloadMax", -1)]
    [InlineData("cambridgeshire-2019-01", "cambridgeshire-2019-01-caseloads-low-twenties", "caseloadMean", -1)]
    [InlineData("cambridgeshire-2019-01-front-door-work", "cambridgeshire-2019-01-marac-fortnightly", "daysNotificationToMaracMean", +1)]
    [InlineData("cambridgeshire-2019-01-front-door-work", "cambridgeshire-2019-01-met-hub-plus-2", "hoursToReturnInterviewMean", -1)]
    [InlineData("cambridgeshire-2019-01-front-door-work", "cambridgeshire-2019-01-early-help-cut-fifth", "daysToEarlyHelpAllocationMean", +1)]
    public void Each_what_if_moves_its_outcome_the_way_its_story_says(string baseline, string whatIf, string outcome, int direction)
    {
        using var temp = new TempFolder();
        // The scenarios' own two-year warm-up (caseloads take that long to build), then four measured months.
        string[] shorter = ["--reps", "3", "--set", "run.horizonDays=850", "--set", "run.warmupDays=730"];
        Assert.Equal(0, AppRun.Of(["run", AppRun.Scenario($"scenarios/{baseline}.yaml"), "--out", temp.Sub("base"), .. shorter]).ExitCode);
        Assert.Equal(0, AppRun.Of(["run", AppRun.Scenario($"scenarios/{whatIf}.yaml"), "--out", temp.Sub("what-if"), .. shorter]).ExitCode);
        var before = SummaryFile.Read(AppRun.OnlyResultsFolder(temp.Sub("base")), outcome);
        var after = SummaryFile.Read(AppRun.OnlyResultsFolder(temp.Sub("what-if")), outcome);
        Assert.True(direction * (after.Mean - before.Mean) > 0, $"{outcome}: {before.Mean} in {baseline}, {after.Mean} in {whatIf}");
    }
}
