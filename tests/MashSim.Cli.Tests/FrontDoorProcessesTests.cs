namespace MashSim.Cli.Tests;

/// <summary>The optional processes (domestic abuse and MARAC, the MET hub, the early help hub) from the command line: switched off they change nothing; on, they write their outcomes, series and plots.</summary>
public class FrontDoorProcessesTests
{
    private static readonly string[] Short = ["--reps", "2", "--threads", "1", "--set", "run.horizonDays=60", "--set", "run.warmupDays=14"];
    private const string WithProcesses = "scenarios/cambridgeshire-2019-01-front-door-work.yaml";

    [Theory]
    [InlineData("summary.csv")]
    [InlineData("replications.csv")]
    [InlineData("timeseries.csv")]
    public void Switching_every_process_off_gives_the_scenario_without_them_byte_for_byte(string file)
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", AppRun.Scenario("scenarios/cambridgeshire-2019-01.yaml"), "--out", temp.Sub("base"), .. Short]).ExitCode);
        Assert.Equal(0, AppRun.Of(["run", AppRun.Scenario(WithProcesses), "--out", temp.Sub("off"), .. Short,
            "--set", "domesticAbuse=null", "--set", "metHub=null", "--set", "earlyHelpHub=null"]).ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(AppRun.OnlyResultsFolder(temp.Sub("base")), file)),
            File.ReadAllBytes(Path.Combine(AppRun.OnlyResultsFolder(temp.Sub("off")), file)));
    }

    [Fact]
    public void With_the_processes_on_the_files_carry_their_outcomes_series_and_a_plot_per_timeliness_measure()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of(["run", AppRun.Scenario(WithProcesses), "--out", temp.Path, .. Short]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Return home interviews within 72 hours", run.Output);
        var folder = AppRun.OnlyResultsFolder(temp.Path);
        foreach (var id in new[] { "maracHeardWithinTarget", "returnInterviewsWithin72Hours", "exploitationScreenedWithin1WorkingDay", "daysToEarlyHelpAllocationMean" })
            Assert.InRange(SummaryFile.Read(folder, id).Mean, 0, 1000);
        var header = File.ReadLines(Path.Combine(folder, "timeseries.csv")).First();
        foreach (var series in new[] { "maracBacklog", "awaitingReturnInterview", "monitoredForExploitation", "earlyHelpWaiting", "earlyHelpCaseload" })
        {
            Assert.Contains(series + "Ci95Low", header);
            Assert.True(File.Exists(Path.Combine(folder, "plots", series + "-by-day.png")), series);
        }
        foreach (var plot in new[] { "time-to-marac", "time-to-return-home-interview", "time-to-exploitation-screening", "time-to-early-help-allocation" })
            Assert.True(new FileInfo(Path.Combine(folder, "plots", plot + ".png")).Length > 0, plot);
    }

    [Fact]
    public void A_scenario_without_the_processes_lists_none_of_their_outcomes()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Path, .. Short]).ExitCode);
        var summary = File.ReadAllText(Path.Combine(AppRun.OnlyResultsFolder(temp.Path), "summary.csv"));
        foreach (var id in new[] { "domesticAbuseNotifications", "utilisationMetHub", "returnInterviewsWithin72Hours", "earlyHelpStepUpShare" })
            Assert.DoesNotContain(id, summary);
    }
}
