using System.Text.RegularExpressions;
using MashSim.Outputs.Plots;

namespace MashSim.Cli.Tests;

public class PlotTests
{
    private static readonly Regex EnglishMonth = new(@">\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d\s*<");
    private static readonly Regex UsDate = new(@"\b\d{1,2}/\d{1,2}/\d{4}\b");

    private static void AssertEveryPngHasAnSvg(string plots)
    {
        var pngs = Directory.GetFiles(plots, "*.png");
        Assert.NotEmpty(pngs);
        foreach (var png in pngs)
        {
            string svg = Path.ChangeExtension(png, ".svg");
            Assert.True(File.Exists(svg), svg);
            Assert.Contains("<svg", File.ReadAllText(svg));
        }
    }

    [Fact]
    public void A_runs_plots_have_an_svg_beside_each_png_and_date_axes_read_the_English_way()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of("run", "--out", temp.Path, "--reps", "2", "--set", "run.horizonDays=150", "--set", "run.warmupDays=30").ExitCode);
        string plots = Path.Combine(AppRun.OnlyResultsFolder(temp.Path), "plots");
        AssertEveryPngHasAnSvg(plots);
        foreach (var svg in Directory.GetFiles(plots, "*-by-day.svg"))
        {
            string text = File.ReadAllText(svg);
            Assert.Matches(EnglishMonth, text);
            Assert.DoesNotMatch(UsDate, text);
            Assert.Contains("Date (the measured period", text);
        }
        // Caseloads are drawn against the scenario's cap.
        Assert.Contains("caseload cap (25)", File.ReadAllText(Path.Combine(plots, "caseloadMean-by-day.svg")));
    }

    [Fact]
    public void Compare_and_staff_write_plots_with_their_scenarios_targets_and_answer()
    {
        using var temp = new TempFolder();
        string[] quick = ["--reps", "3", "--set", "run.horizonDays=60", "--set", "run.warmupDays=5"];
        var compare = AppRun.Of(["compare", AppRun.Scenario("scenarios/validation/mmc.yaml"), AppRun.Scenario("scenarios/validation/mm1.yaml"), "--out", temp.Sub("compare"), .. quick]);
        Assert.Equal(0, compare.ExitCode);
        string comparePlots = Path.Combine(AppRun.OnlyResultsFolder(temp.Sub("compare")), "plots");
        AssertEveryPngHasAnSvg(comparePlots);
        string timeliness = File.ReadAllText(Path.Combine(comparePlots, "timeliness.svg"));
        Assert.Contains("validation-mmc", timeliness);
        Assert.Contains("validation-mm1", timeliness);
        Assert.Contains("95% confidence interval", timeliness);

        var staff = AppRun.Of(["staff", AppRun.Scenario("scenarios/validation/mmc.yaml"), "--role", "mash.staff.socialWorkers", "--target", "screeningWaitHoursMean <= 0.1",
            "--out", temp.Sub("staff"), .. quick]);
        Assert.Equal(0, staff.ExitCode);
        string staffPlots = Path.Combine(AppRun.OnlyResultsFolder(temp.Sub("staff")), "plots");
        AssertEveryPngHasAnSvg(staffPlots);
        string plot = File.ReadAllText(Path.Combine(staffPlots, "staffing-screeningWaitHoursMean.svg"));
        Assert.Contains("target: at most 0.1 hours", plot);
        Assert.Contains("MASH social workers", plot);
        Assert.Contains("the answer:", plot);
    }

    [Theory]
    [InlineData("mash.staff.socialWorkers", "MASH social workers")]
    [InlineData("pathway.team.caseloadCap", "Caseload cap (children per social worker)")]
    [InlineData("pathway.team.overheadHoursPerCasePerWeek", "Pathway team: overhead hours per case per week")]
    [InlineData("mash.checks.agencies[0].colocated", "Mash checks agencies 1: colocated")]
    public void Parameters_have_readable_names(string path, string expected) => Assert.Equal(expected, ParameterNames.Of(path));
}
