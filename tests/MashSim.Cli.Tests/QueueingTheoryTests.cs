using MashSim.Experiments.Validation;

namespace MashSim.Cli.Tests;

/// <summary>The engine against queueing theory, through the same command and scenario files a user runs.</summary>
public class QueueingTheoryTests
{
    [Fact]
    public void The_mmc_scenario_reproduces_the_Erlang_C_mean_wait_within_a_narrow_confidence_interval()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of("run", AppRun.Scenario("scenarios/validation/mmc.yaml"), "--out", temp.Path);
        Assert.Equal(0, run.ExitCode);
        var folder = AppRun.OnlyResultsFolder(temp.Path);

        double theory = ErlangC.MeanWaitInQueue(servers: 3, arrivalRate: 2.4, serviceRate: 1.0);
        Assert.Equal(1.0787, theory, 4);
        var wait = SummaryFile.Read(folder, "screeningWaitHoursMean");
        Assert.True(wait.Contains(theory), $"Erlang C {theory:0.0000} h is outside the 95% CI [{wait.CiLow:0.0000}, {wait.CiHigh:0.0000}]");
        Assert.True(wait.HalfWidth < 0.02 * wait.Mean, $"CI half-width {wait.HalfWidth:0.0000} is not under 2% of the mean {wait.Mean:0.0000}");

        var utilisation = SummaryFile.Read(folder, "utilisationSocialWorkers");
        Assert.True(utilisation.Contains(ErlangC.Utilisation(3, 2.4, 1.0)), $"rho 0.8 outside [{utilisation.CiLow}, {utilisation.CiHigh}]");
    }

    [Fact]
    public void The_mm1_scenario_has_utilisation_rho_and_the_theoretical_mean_wait()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of("run", AppRun.Scenario("scenarios/validation/mm1.yaml"), "--out", temp.Path);
        Assert.Equal(0, run.ExitCode);
        var folder = AppRun.OnlyResultsFolder(temp.Path);
        var utilisation = SummaryFile.Read(folder, "utilisationSocialWorkers");
        Assert.True(utilisation.Contains(0.75), $"rho 0.75 outside [{utilisation.CiLow}, {utilisation.CiHigh}]");
        var wait = SummaryFile.Read(folder, "screeningWaitHoursMean");
        Assert.True(wait.Contains(ErlangC.MeanWaitInQueue(1, 0.75, 1.0)), $"Wq 3 h outside [{wait.CiLow}, {wait.CiHigh}]");
    }

    [Theory]
    [InlineData(1, 0.5, 0.5)]
    [InlineData(2, 1.0, 1.0 / 3)]
    [InlineData(5, 4.5, 0.7625)]
    public void Erlang_C_matches_published_values(int servers, double offeredLoad, double probabilityOfWaiting)
    {
        Assert.Equal(probabilityOfWaiting, ErlangC.ProbabilityOfWaiting(servers, offeredLoad), 4);
    }
}
