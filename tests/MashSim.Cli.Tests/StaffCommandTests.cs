namespace MashSim.Cli.Tests;

public class StaffCommandTests
{
    private static readonly string Mmc = AppRun.Scenario("scenarios/validation/mmc.yaml");

    [Fact]
    public void The_staffing_finder_gives_the_Erlang_C_answer_and_it_holds_with_fresh_seeds()
    {
        // M/M/c with arrivals 2.4/h and service 1/h: Erlang C gives Wq 0.179 h with 4 workers and 0.044 h with 5.
        using var temp = new TempFolder();
        var run = AppRun.Of("staff", Mmc, "--role", "mash.staff.socialWorkers", "--target", "screeningWaitHoursMean <= 0.1",
            "--reps", "10", "--set", "run.horizonDays=300", "--out", temp.Path);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("meets every target with 95% confidence: 5 (now 3)", run.Output);
        var csv = File.ReadAllLines(Path.Combine(AppRun.OnlyResultsFolder(temp.Path), "staffing.csv"));
        Assert.Equal("mash.staff.socialWorkers,costPerYear,target,mean,ci95Low,ci95High,met,meetsAll,chosen,overloadWarning", csv[0]);
        Assert.Contains(csv, line => line.StartsWith("5,,", StringComparison.Ordinal) && line.EndsWith(",yes,yes,yes,", StringComparison.Ordinal));

        foreach (var (workers, meets) in new[] { (5, true), (4, false) })
        {
            using var check = new TempFolder();
            Assert.Equal(0, AppRun.Of("run", Mmc, "--seed", "777", "--reps", "10", "--set", "run.horizonDays=300",
                "--set", $"mash.staff.socialWorkers={workers}", "--out", check.Path).ExitCode);
            var wait = SummaryFile.Read(AppRun.OnlyResultsFolder(check.Path), "screeningWaitHoursMean");
            Assert.Equal(meets, wait.CiHigh <= 0.1);
        }
    }

    [Theory]
    [InlineData("mash.staff.socialWorkers", "decisionWithin1WorkingDay > 0.95", "not a target like")]
    [InlineData("mash.staff.socialWorkers", "nonsense >= 1", "not an outcome id")]
    [InlineData("mash.staff.nobody", "contacts >= 1", "not a field")]
    [InlineData("mash.screeningMinutes", "contacts >= 1", "only numbers")]
    [InlineData("mash.staff.socialWorkers", "decisionWithin1WorkingDay >= 120%", "is a share, between 0 and 1")]
    [InlineData("mash.staff.socialWorkers", "screeningWaitHoursMean <= -1", "is never negative")]
    [InlineData("mash.staff.socialWorkers=1..2000000000", "contacts >= 1", "a search tries at most 1,000")]
    [InlineData("mash.staff.socialWorkers=1..99999999999", "contacts >= 1", "is not a range of staff counts")]
    [InlineData("run.horizonDays=10..12", "contacts >= 1", "a role is a count of staff in the service, not a run setting")]
    public void A_bad_role_or_target_exits_2_before_anything_runs(string role, string target, string message)
    {
        using var temp = new TempFolder();
        var run = AppRun.Of("staff", Mmc, "--role", role, "--target", target, "--out", temp.Sub("results"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(Directory.Exists(temp.Sub("results")));
    }

    [Fact]
    public void The_cheapest_mix_of_two_costed_roles_is_the_one_queueing_theory_gives_and_one_fewer_of_either_fails()
    {
        // Screening load 2.4 an hour x 1 hour = 2.4 erlangs; every decision needs a manager for 30 minutes: 1.2 erlangs.
        // Utilisation at most 0.7 needs 4 social workers (0.6; 3 give 0.8) and 2 managers (0.6; 1 would be saturated).
        string[] twoStations =
        [
            "--set", "mash.managerOversightOfAllDecisions=true", "--set", "mash.managerAgreementMinutes={dist: exponential, mean: 30}",
            "--set", "staffCosts=[{role: mash.staff.socialWorkers, perFtePerYear: 46000}, {role: mash.staff.managers, perFtePerYear: 60000}]",
            "--reps", "4", "--horizon", "120d",
        ];
        using var temp = new TempFolder();
        var run = AppRun.Of(["staff", Mmc, "--role", "mash.staff.socialWorkers=1..8", "--role", "mash.staff.managers=1..5",
            "--target", "utilisationSocialWorkers <= 0.7", "--target", "utilisationManagers <= 0.7", "--out", temp.Path, .. twoStations]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("mash.staff.socialWorkers 4 (now 3), mash.staff.managers 2", run.Output);
        Assert.Contains("£304,000 a year", run.Output);
        var csv = File.ReadAllLines(Path.Combine(AppRun.OnlyResultsFolder(temp.Path), "staffing.csv"));
        Assert.Equal("mash.staff.socialWorkers,mash.staff.managers,costPerYear,target,mean,ci95Low,ci95High,met,meetsAll,chosen,overloadWarning", csv[0]);
        // The evidence holds the answer and one fewer in each role, which fail.
        Assert.Contains(csv, line => line.StartsWith("4,2,304000,", StringComparison.Ordinal) && line.Contains(",yes,yes,yes,", StringComparison.Ordinal));
        Assert.Contains(csv, line => line.StartsWith("3,2,", StringComparison.Ordinal) && line.Contains(",no,no,", StringComparison.Ordinal));
        Assert.Contains(csv, line => line.StartsWith("4,1,", StringComparison.Ordinal) && line.Contains(",no,no,", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_roles_without_costs_are_refused()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of("staff", Mmc, "--role", "mash.staff.socialWorkers", "--role", "mash.staff.managers",
            "--target", "utilisationManagers <= 0.7", "--out", temp.Sub("results"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("has no cost", run.Error);
        Assert.False(Directory.Exists(temp.Sub("results")));
    }
}
