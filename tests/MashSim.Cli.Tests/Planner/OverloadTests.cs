using System.Text.Json;

namespace MashSim.Cli.Tests.Planner;

public class OverloadTests
{
    private static readonly string Mmc = AppRun.Scenario("scenarios/validation/mmc.yaml");

    /// <summary>4 contacts an hour against 3 workers serving 1 an hour each: rho 1.33, the queue grows without bound.</summary>
    private static readonly string[] Saturated = ["--set", "demand.contactsPerYear=35040"];

    private static JsonElement Overload(string folder)
    {
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")));
        return summary.RootElement.GetProperty("overload").Clone();
    }

    [Fact]
    public void An_MMc_queue_with_rho_above_1_is_flagged_and_the_MM3_validation_queue_is_not()
    {
        using var temp = new TempFolder();
        var saturated = AppRun.Of(["run", Mmc, .. Saturated, "--reps", "2", "--horizon", "100d", "--warmup", "10d", "--out", temp.Sub("over")]);
        Assert.True(saturated.ExitCode == 0, saturated.Error);
        var overload = Overload(AppRun.OnlyResultsFolder(temp.Sub("over")));
        Assert.True(overload.GetProperty("overloaded").GetBoolean());
        var signs = overload.GetProperty("signs").EnumerateArray().ToArray();
        Assert.Contains(signs, s => s.GetProperty("kind").GetString() == "busy" && s.GetProperty("subject").GetString() == "MASH social workers");
        Assert.Contains(signs, s => s.GetProperty("kind").GetString() == "growing" && s.GetProperty("outcome").GetString() == "screeningQueueMean");
        Assert.Contains("Overloaded: ", saturated.Output);
        Assert.Contains("MASH social workers", saturated.Output);
        var csv = File.ReadAllLines(Path.Combine(AppRun.OnlyResultsFolder(temp.Sub("over")), "summary.csv"));
        Assert.EndsWith(",overloadWarning", csv[0], StringComparison.Ordinal);
        Assert.Contains(csv, l => l.StartsWith("utilisationSocialWorkers,", StringComparison.Ordinal) && l.Contains("busy", StringComparison.Ordinal));

        var steady = AppRun.Of("run", Mmc, "--reps", "3", "--horizon", "200d", "--warmup", "10d", "--out", temp.Sub("steady"));
        Assert.True(steady.ExitCode == 0, steady.Error);
        Assert.False(Overload(AppRun.OnlyResultsFolder(temp.Sub("steady"))).GetProperty("overloaded").GetBoolean());
        Assert.DoesNotContain("Overloaded", steady.Output);
    }

    /// <summary>Cumbria's three business support staff keep up with three transfer steps a referral (001: transfer "time
    /// consuming", referrals still timely); with five they cannot, and the run names them as the role that saturates.</summary>
    [Fact]
    public void Cumbria_January_2017_with_five_transfer_steps_flags_business_support_as_the_role_that_saturates()
    {
        using var temp = new TempFolder();
        string[] period = ["--reps", "2", "--horizon", "150d", "--warmup", "30d"];
        var five = AppRun.Of(["run", AppRun.Scenario("scenarios/cumbria-2017-01.yaml"), "--set", "mash.transfer.steps=5", .. period, "--out", temp.Sub("five")]);
        Assert.True(five.ExitCode == 0, five.Error);
        var signs = Overload(AppRun.OnlyResultsFolder(temp.Sub("five"))).GetProperty("signs").EnumerateArray().ToArray();
        Assert.Contains(signs, s => s.GetProperty("kind").GetString() == "busy" && s.GetProperty("subject").GetString() == "business support");
        Assert.Contains("business support", five.Output);

        var shipped = AppRun.Of(["run", AppRun.Scenario("scenarios/cumbria-2017-01.yaml"), .. period, "--out", temp.Sub("shipped")]);
        Assert.True(shipped.ExitCode == 0, shipped.Error);
        Assert.False(Overload(AppRun.OnlyResultsFolder(temp.Sub("shipped"))).GetProperty("overloaded").GetBoolean(), shipped.Output);
    }

    [Fact]
    public void A_verdict_between_two_overloaded_runs_says_it_depends_on_the_horizon()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of(["compare", Mmc, .. Saturated, "--variant", "quicker: mash.screeningMinutes={dist: exponential, mean: 55}",
            "--variant", "enough: mash.staff.socialWorkers=6", "--reps", "2", "--horizon", "100d", "--warmup", "10d", "--out", temp.Path]);
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = File.ReadAllLines(Path.Combine(AppRun.OnlyResultsFolder(temp.Path), "comparison.csv"));
        Assert.Contains(",overload,verdict", lines[0]);
        Assert.Contains(lines, l => l.Contains(",quicker,", StringComparison.Ordinal) && l.Contains("both overloaded: the difference depends on the horizon", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(",enough,", StringComparison.Ordinal) && l.Contains("both overloaded", StringComparison.Ordinal));
        Assert.Contains("both overloaded", run.Output);
    }

    [Fact]
    public void Sweep_and_staff_rows_name_the_role_that_saturates()
    {
        using var temp = new TempFolder();
        var sweep = AppRun.Of(["sweep", Mmc, .. Saturated, "--vary", "mash.staff.socialWorkers=3,6", "--reps", "2", "--horizon", "60d", "--warmup", "5d", "--out", temp.Sub("sweep")]);
        Assert.True(sweep.ExitCode == 0, sweep.Error);
        var rows = File.ReadAllLines(Path.Combine(AppRun.OnlyResultsFolder(temp.Sub("sweep")), "sweep.csv"));
        int column = Array.IndexOf(rows[0].Split(','), "overloadWarning");
        Assert.True(column > 0);
        Assert.Contains("MASH social workers", rows[1].Split(',')[column]);
        Assert.Equal("", rows[2].Split(',')[column]);

        var staff = AppRun.Of(["staff", Mmc, .. Saturated, "--role", "mash.staff.socialWorkers=3..8", "--target", "screeningWaitHoursMean <= 0.5",
            "--reps", "2", "--horizon", "60d", "--warmup", "5d", "--out", temp.Sub("staff")]);
        Assert.True(staff.ExitCode == 0, staff.Error);
        var evidence = File.ReadAllLines(Path.Combine(AppRun.OnlyResultsFolder(temp.Sub("staff")), "staffing.csv"));
        Assert.EndsWith(",overloadWarning", evidence[0], StringComparison.Ordinal);
        Assert.Contains(evidence, l => l.StartsWith("3,", StringComparison.Ordinal) && l.Contains("MASH social workers", StringComparison.Ordinal));
        Assert.Contains("(overloaded: MASH social workers", staff.Output);
    }
}
