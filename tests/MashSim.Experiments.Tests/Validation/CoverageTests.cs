using MashSim.Experiments.Scenarios.Editing;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Validation;
using MashSim.Model.Recording;
using MathNet.Numerics.Distributions;
using Xunit.Abstractions;

namespace MashSim.Experiments.Tests.Validation;

/// <summary>The confidence intervals mean what they say: over many independent experiments, about 95% of them cover the theory.</summary>
public class CoverageTests(ITestOutputHelper output)
{
    private const int Experiments = 300;

    [Fact]
    public void Ninety_five_percent_intervals_cover_rho_and_the_Erlang_C_wait_about_95_percent_of_the_time()
    {
        string file = Path.Combine(Repository.Root(), "scenarios", "validation", "mmc.yaml");
        var scenario = ScenarioLoader.Load(file, ScenarioEdit.ParseAll(["run.horizonDays=150", "run.warmupDays=20"])).Scenario;
        double rho = ErlangC.Utilisation(3, 2.4, 1.0), wq = ErlangC.MeanWaitInQueue(3, 2.4, 1.0);

        int coverRho = 0, coverWait = 0;
        for (int experiment = 0; experiment < Experiments; experiment++)
        {
            var result = Replications.Run(scenario, new ReplicationPlan(8, Seed: 1000 + experiment, ReplicationPlan.DefaultThreads));
            var utilisation = result[Kpi.UtilisationSocialWorkers];
            var wait = result[Kpi.ScreeningWaitHoursMean];
            if (utilisation.CiLow <= rho && rho <= utilisation.CiHigh) coverRho++;
            if (wait.CiLow <= wq && wq <= wait.CiHigh) coverWait++;
        }

        output.WriteLine($"rho covered {coverRho}/{Experiments}, Wq covered {coverWait}/{Experiments}");
        // Under true 95% coverage, fewer than this many covers happens with probability under 0.5%.
        int floor = Enumerable.Range(0, Experiments + 1).First(k => Binomial.CDF(0.95, Experiments, k) >= 0.005);
        Assert.True(coverRho >= floor, $"rho covered in {coverRho}/{Experiments}; expected at least {floor}");
        Assert.True(coverWait >= floor, $"Wq covered in {coverWait}/{Experiments}; expected at least {floor}");
        // And not suspiciously often either: intervals that nearly always cover are too wide to mean anything.
        int ceiling = Enumerable.Range(0, Experiments + 1).First(k => 1 - Binomial.CDF(0.95, Experiments, k) < 0.005);
        Assert.True(coverRho <= ceiling, $"rho covered in {coverRho}/{Experiments}; more than {ceiling} means the intervals are too wide");
        Assert.True(coverWait <= ceiling, $"Wq covered in {coverWait}/{Experiments}; more than {ceiling} means the intervals are too wide");
    }
}
