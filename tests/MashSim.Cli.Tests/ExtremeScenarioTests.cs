namespace MashSim.Cli.Tests;

/// <summary>Extreme but valid scenarios run to the end, pass the sanity checks and report sensibly; short horizons keep them quick.</summary>
public class ExtremeScenarioTests
{
    private static AppRun Run(TempFolder temp, params string[] args)
    {
        var run = AppRun.Of(["run", "--out", temp.Path, "--threads", "2", .. args]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("every one accounted for: yes", run.Output);
        return run;
    }

    [Fact]
    public void Nobody_in_the_emergency_duty_team_is_said_and_the_run_ends()
    {
        using var temp = new TempFolder();
        var run = Run(temp, "--reps", "2", "--horizon", "30d", "--warmup", "7d", "--set", "mash.staff.emergencyDutyTeam=0");
        // Out-of-hours contacts wait for the MASH to open instead: the one role a scenario may leave empty.
        Assert.Contains("Emergency duty team (mash.staff.emergencyDutyTeam) has nobody", run.Output);
        Assert.Equal(0, SummaryFile.Read(AppRun.OnlyResultsFolder(temp.Path), "outOfHoursShare").Mean);
    }

    [Fact]
    public void One_mash_social_worker_for_the_whole_demand_grows_a_queue_the_run_ends_and_the_terminal_says_the_role_is_overwhelmed()
    {
        using var temp = new TempFolder();
        var run = Run(temp, "--reps", "2", "--horizon", "30d", "--warmup", "7d", "--set", "mash.staff.socialWorkers=1");
        Assert.Contains("Overloaded", run.Output);
        Assert.Matches(@"MASH social workers: 9\d\.\d% busy|MASH social workers: 100\.0% busy", run.Output);
        string folder = AppRun.OnlyResultsFolder(temp.Path);
        Assert.True(SummaryFile.Read(folder, "unfinishedAtEnd").Mean > 100);
        Assert.True(SummaryFile.Read(folder, "screeningQueueMax").Mean > 100);
    }

    [Fact]
    public void Ten_times_the_default_demand_runs_and_receives_about_ten_times_the_contacts()
    {
        using var normal = new TempFolder();
        using var tenfold = new TempFolder();
        string[] settings = ["--reps", "2", "--horizon", "21d", "--warmup", "7d"];
        Run(normal, settings);
        var run = Run(tenfold, [.. settings, "--set", "demand.contactsPerYear=153000"]);
        double ratio = SummaryFile.Read(AppRun.OnlyResultsFolder(tenfold.Path), "contacts").Mean / SummaryFile.Read(AppRun.OnlyResultsFolder(normal.Path), "contacts").Mean;
        // New children are 15,300 of the default's contacts: returns and step-ups do not scale with them in three weeks.
        Assert.InRange(ratio, 5, 11);
        Assert.Contains("Overloaded", run.Output);
    }

    [Theory]
    [InlineData("mash.screeningMinutes.mean=1e12")]
    [InlineData("mash.screeningMinutes={dist: lognormal, mean: 30, sd: 1e9}")]
    [InlineData("pathway.section47.workingDays={dist: fixed, value: 1e9}")]
    [InlineData("pathway.assessment.timescaleWorkingDays=2000000000")]
    [InlineData("pathway.childProtectionPlan.visitEveryWorkingDays=2000000000")]
    [InlineData("pathway.conferences.noticeWorkingDays={dist: fixed, value: 70000}")] // the slots' diary walked past 9999
    public void Work_that_would_outlast_the_calendar_never_ends_in_the_run_instead_of_failing_or_hanging(string setting)
    {
        // Each once failed with a .NET error (a date past the year 9999) or walked millions of days per case.
        using var temp = new TempFolder();
        Run(temp, "--reps", "2", "--horizon", "60d", "--warmup", "7d", "--event-log", "all", "--set", setting);
    }

    /// <summary>The longest review and meeting intervals allowed (a century) book dates the calendar holds.</summary>
    [Theory]
    [InlineData("scenarios/cumbria-2017-11.yaml", "pathway.childProtectionPlan.firstReviewMonths=1200")]
    [InlineData("scenarios/cumbria-2017-11.yaml", "pathway.childProtectionPlan.reviewIntervalMonths=1200")]
    [InlineData("scenarios/cumbria-2017-11.yaml", "pathway.childInNeedPlan.reviewIntervalWeeks=5218")]
    [InlineData("scenarios/cambridgeshire-2019-01-front-door-work.yaml", "metHub.exploitation.mace.everyWeeks=5218")]
    public void A_review_or_meeting_a_century_apart_runs(string scenario, string setting)
    {
        using var temp = new TempFolder();
        Run(temp, AppRun.Scenario(scenario), "--reps", "2", "--horizon", "60d", "--warmup", "7d", "--set", setting);
    }

    /// <summary>A run ending on the last day allowed books a century's review and work of nearly the calendar's reach on dates it holds (from 9900 they failed past 9999).</summary>
    [Fact]
    public void A_run_ending_on_the_last_day_allowed_books_its_work_inside_the_calendar()
    {
        using var temp = new TempFolder();
        int drain = MashSim.Experiments.Scenarios.ScenarioLoader.LoadDefault().File.Run.DrainDays;
        var measuredFrom = MashSim.Experiments.Scenarios.RunSettings.LastDay.AddDays(-(60 + drain) + 7);
        Run(temp, "--reps", "2", "--horizon", "60d", "--warmup", "7d", "--set", $"run.measuredFrom={measuredFrom:yyyy-MM-dd}",
            "--set", "pathway.childProtectionPlan.firstReviewMonths=1200", "--set", "pathway.childInNeedPlan.reviewIntervalWeeks=5218",
            "--set", "pathway.section47.workingDays={dist: fixed, value: 59000}");
    }

    [Fact]
    public void Screening_that_never_ends_leaves_the_contacts_open_at_the_end()
    {
        using var temp = new TempFolder();
        Run(temp, "--reps", "2", "--horizon", "30d", "--warmup", "7d", "--set", "mash.screeningMinutes.mean=1e12");
        string folder = AppRun.OnlyResultsFolder(temp.Path);
        Assert.True(SummaryFile.Read(folder, "unfinishedAtEnd").Mean > 0.9 * SummaryFile.Read(folder, "contacts").Mean);
    }

    [Fact]
    public void A_one_day_horizon_runs()
    {
        using var temp = new TempFolder();
        Run(temp, "--reps", "2", "--horizon", "1d", "--warmup", "0d");
        Assert.True(SummaryFile.Read(AppRun.OnlyResultsFolder(temp.Path), "contacts").Mean > 0);
    }

    [Fact]
    public void A_ten_year_horizon_runs_on_the_front_door_alone()
    {
        using var temp = new TempFolder();
        Run(temp, AppRun.Scenario("scenarios/validation/mm1.yaml"), "--reps", "2", "--horizon", "10y", "--warmup", "30d");
        string folder = AppRun.OnlyResultsFolder(temp.Path);
        Assert.Contains("3650", File.ReadAllText(Path.Combine(folder, "scenario.resolved.yaml")));
        // 6,570 contacts a year for the nine years and eleven months measured.
        Assert.InRange(SummaryFile.Read(folder, "contacts").Mean, 6570 * 9.5, 6570 * 10.3);
    }
}
