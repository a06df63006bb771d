using MashSim.Kernel.Random;
using MashSim.Experiments.Runs;
using MashSim.Model.Parameters;
using MashSim.Model.Recording;

namespace MashSim.Benchmarks;

/// <summary>The same M/M/c as a front-door scenario through the full model path: contacts, state machines, activities, recorder.</summary>
/// <remarks>Mirrors scenarios/validation/mmc.yaml: open around the clock, every contact green and closed at screening.</remarks>
public static class FullModelMmc
{
    public static Scenario Scenario(MmcBenchmarkModel model, int customers, int seed) => new()
    {
        Name = "bench-mmc",
        Run = new RunParameters
        {
            HorizonDays = (int)Math.Ceiling(customers / (model.ArrivalsPerHour * 24)) + 1,
            WarmupDays = 1,
            DrainDays = 10,

        },
        Demand = new DemandParameters { ContactsPerYear = model.ArrivalsPerHour * 24 * 365 },
        Mash = new MashParameters
        {
            Hours = new OfficeHours { AlwaysOpen = true },
            Staff = new MashStaff { SocialWorkers = model.Servers, Managers = 1, BusinessSupport = 0, EmergencyDutyTeam = 0 },
            RagMix = new RagMix { Red = 0, Amber = 0, Green = 1 },
            ScreeningMinutes = DistributionSpec.Exponential(model.MeanServiceMinutes),
            GreenDecidedAtScreening = true,
            Decisions = new DecisionMixes { Green = new DecisionMix { NoFurtherAction = 1 } },
            Transfer = new TransferSteps { Steps = 0 },
        },
    };

    /// <returns>The mean wait in queue in minutes and the number of contacts that arrived.</returns>
    public static (double MeanWaitMinutes, int Contacts) Run(MmcBenchmarkModel model, int customers, int seed)
    {
        var result = SingleRun.Execute(Scenario(model, customers, seed), seed, replication: 0);
        return (result[Kpi.ScreeningWaitHoursMean] * 60, result.Account.Arrived);
    }
}
