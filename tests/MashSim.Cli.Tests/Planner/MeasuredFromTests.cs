namespace MashSim.Cli.Tests.Planner;

public class MeasuredFromTests
{
    private static readonly string Mmc = AppRun.Scenario("scenarios/validation/mmc.yaml");

    [Fact]
    public void MeasuredFrom_starts_the_warm_up_before_it_so_the_measured_days_carry_the_reports_dates()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of("run", Mmc, "--set", "run.measuredFrom=2017-04-01", "--reps", "2", "--horizon", "40d", "--warmup", "10d", "--out", temp.Path);
        Assert.True(run.ExitCode == 0, run.Error);
        string folder = AppRun.OnlyResultsFolder(temp.Path);
        var days = File.ReadAllLines(Path.Combine(folder, "timeseries.csv"));
        Assert.StartsWith("10,2017-04-01,", days[1], StringComparison.Ordinal);
        // The resolved scenario keeps both, so it runs again on the same dates.
        string resolved = File.ReadAllText(Path.Combine(folder, "scenario.resolved.yaml"));
        Assert.Contains("start: 2017-03-22", resolved);
        Assert.Contains("measuredFrom: {value: 2017-04-01,", resolved);
    }

    [Fact]
    public void The_shipped_default_measures_the_2017_18_year_its_report_describes()
    {
        var paths = AppRun.Of("validate", "--paths", AppRun.Scenario("scenarios/cumbria-2017-11.yaml"));
        Assert.Contains(paths.Output.Split('\n'), l => l.StartsWith("run.measuredFrom = 2017-04-01", StringComparison.Ordinal) && l.Contains("source:", StringComparison.Ordinal));
        Assert.Contains(paths.Output.Split('\n'), l => l.StartsWith("run.start = 2015-04-02", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2017-13-01", "run.measuredFrom")]
    [InlineData("1900-01-05", "measuredFrom")]
    public void A_bad_measuredFrom_is_reported_with_its_file_line_and_field(string value, string field)
    {
        using var temp = new TempFolder();
        string file = Path.Combine(temp.Path, "bad.yaml");
        File.WriteAllText(file, $"extends: {Mmc}\nrun:\n  measuredFrom: {value}\n");
        var run = AppRun.Of("validate", file);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file}:3:", run.Error);
        Assert.Contains(field, run.Error);
    }
}
