namespace MashSim.Cli.Tests;

public class CalibrateCommandTests
{
    /// <remarks>
    /// All but one. Cumbria's 57 children on CP plans per 10,000 is kept a miss, not tuned to: with the chain from
    /// referral to plan at England's ratios (section 47s, conferences and plans per referral, plan length, each a target
    /// met), Little's law gives the stock those make, about 48 per 10,000 with Cumbria's referrals; 57 needs more plans
    /// per referral or longer plans than England's, and the reports give neither.
    /// </remarks>
    [Fact]
    public void The_default_Cumbria_November_2017_scenario_meets_every_calibration_target_but_the_CP_stock_it_explains()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of("calibrate", "--out", temp.Path);
        Assert.Equal(0, run.ExitCode);
        var folder = AppRun.OnlyResultsFolder(temp.Path);
        var rows = File.ReadAllLines(Path.Combine(folder, "calibration.csv")).Skip(1).ToArray();
        Assert.Equal(16, rows.Length);
        Assert.All(rows, row => Assert.EndsWith(row.StartsWith("childProtectionPlansPer10k,", StringComparison.Ordinal) ? ",no" : ",yes", row));
        Assert.Contains("15 of 16 targets met", run.Output);
        foreach (var outcome in new[] { "reReferralShare", "initialConferencesWithin15WorkingDays", "caseloadMean", "childrenInNeedMean", "lookedAfterMean",
                     "referralsClosedWithoutAssessment", "section47PerReferral", "initialConferencesPerReferral", "childProtectionPlansPerReferral" })
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

    /// <summary>The M/M/3 validation scenario with one target, utilisation 0.6, written as fit-me.yaml in <paramref name="temp"/>.</summary>
    private static string FitMe(TempFolder temp, int horizonDays, int warmupDays, int replications) =>
        temp.Write("fit-me.yaml", $$"""
            extends: {{AppRun.Scenario("scenarios/validation/mmc.yaml")}}
            name: fit-me
            run: { horizonDays: {{horizonDays}}, warmupDays: {{warmupDays}}, replications: {{replications}} }
            calibration:
              - { outcome: utilisationSocialWorkers, value: 0.6, tolerance: 0.02, source: "theory: rho = lambda / (c mu)" }
            """);

    [Fact]
    public void Fitting_finds_the_volume_that_queueing_theory_says_gives_the_target_utilisation()
    {
        using var temp = new TempFolder();
        // M/M/3 with 1-hour service: utilisation 0.6 needs 1.8 contacts an hour, 15,768 a year.
        string file = FitMe(temp, horizonDays: 200, warmupDays: 10, replications: 4);
        var run = AppRun.Of("calibrate", file, "--fit", "demand.contactsPerYear", "--fit-reps", "2", "--out", temp.Sub("results"));
        Assert.True(run.ExitCode == 0, run.Error);
        var folder = AppRun.OnlyResultsFolder(temp.Sub("results"));
        string fitted = File.ReadAllText(Path.Combine(folder, "scenario.fitted.yaml"));
        var value = double.Parse(System.Text.RegularExpressions.Regex.Match(fitted, @"value: ([0-9.]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(value, 15_768 * 0.97, 15_768 * 1.03);
        Assert.Contains("1 of 1 targets met", run.Output);
        Assert.Equal(0, AppRun.Of("validate", Path.Combine(folder, "scenario.fitted.yaml")).ExitCode);
    }

    /// <summary>A fit whose --fit-iterations ran out before it settled ended in an internal error after all its runs; it now
    /// keeps the best values it evaluated and says they are unsettled, on screen and in the fitted scenario.</summary>
    [Fact]
    public void A_fit_that_runs_out_of_iterations_keeps_the_best_values_it_evaluated_and_says_so()
    {
        using var temp = new TempFolder();
        string file = FitMe(temp, horizonDays: 60, warmupDays: 5, replications: 2);
        var run = AppRun.Of("calibrate", file, "--fit", "demand.contactsPerYear", "--fit-reps", "2", "--fit-iterations", "2", "--out", temp.Sub("results"));
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("The fit did not settle within 2 iterations", run.Output);
        var evaluations = System.Text.RegularExpressions.Regex.Matches(run.Output, @"evaluation \d+: demand.contactsPerYear=([0-9.]+) -> objective ([0-9.E+-]+)")
            .Select(m => (Value: m.Groups[1].Value, Objective: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        Assert.True(evaluations.Length >= 2);
        string fitted = File.ReadAllText(Path.Combine(AppRun.OnlyResultsFolder(temp.Sub("results")), "scenario.fitted.yaml"));
        Assert.Contains("did not settle within its iterations", fitted);
        // The value written is the evaluation with the least objective.
        string best = evaluations.MinBy(e => e.Objective).Value;
        Assert.Matches($@"contactsPerYear:\s*\n\s*value: {System.Text.RegularExpressions.Regex.Escape(best)}\b", fitted);
    }

    /// <summary>A value that makes the scenario invalid was shown only as an objective of 1E+06; the evaluation now says why.</summary>
    [Fact]
    public void An_evaluation_that_makes_the_scenario_invalid_says_why()
    {
        using var temp = new TempFolder();
        string file = FitMe(temp, horizonDays: 30, warmupDays: 5, replications: 2);
        var run = AppRun.Of("calibrate", file, "--fit", "mash.ragMix.green", "--fit-reps", "2", "--fit-iterations", "1", "--out", temp.Sub("results"));
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"mash\.ragMix\.green=0\.8 -> not a valid scenario \(mash\.ragMix: the probabilities must sum to 1", run.Output.Replace("\n", ""));
    }

    [Theory]
    [InlineData("pathway.team.nobody", "is not a field")]
    [InlineData("name", "only numbers")]
    [InlineData("mash.checks.agencies[0].askedProbability", "outside lists")]
    [InlineData("run.horizonDays", "a fit finds values of the service's parameters, not of the run")]
    public void A_parameter_that_cannot_be_fitted_is_refused_before_anything_runs(string path, string message)
    {
        using var temp = new TempFolder();
        var run = AppRun.Of("calibrate", AppRun.Scenario("scenarios/cumbria-2017-11.yaml"), "--fit", path, "--out", temp.Sub("results"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(Directory.Exists(temp.Sub("results")));
    }

    /// <summary>Each once ran without end (two billion replications an evaluation) or ended in an internal error (a path twice).</summary>
    [Theory]
    [InlineData(new[] { "--fit", "mash.staff.socialWorkers,mash.staff.socialWorkers" }, "mash.staff.socialWorkers is given twice")]
    [InlineData(new[] { "--fit", "mash.staff.socialWorkers", "--fit-reps", "2000000000" }, "--fit-reps is at most 1,000")]
    [InlineData(new[] { "--fit", "mash.staff.socialWorkers", "--fit-iterations", "99999" }, "--fit-iterations at most 10,000")]
    public void A_fit_that_could_not_end_is_refused_before_anything_runs(string[] options, string message)
    {
        using var temp = new TempFolder();
        var run = AppRun.Of(["calibrate", AppRun.Scenario("scenarios/cumbria-2017-11.yaml"), .. options, "--out", temp.Sub("results")]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(Directory.Exists(temp.Sub("results")));
    }
}
