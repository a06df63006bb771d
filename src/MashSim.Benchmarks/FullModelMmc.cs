using MashSim.Kernel.Random;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Scenarios;
using MashSim.Model.Parameters;
using MashSim.Model.Recording;

namespace MashSim.Benchmarks;

/// <summary>The same M/M/c as a front-door scenario through the full model path: contacts, state machines, activities, recorder.</summary>
/// <remarks>Mirrors scenarios/validation/mmc.yaml: open around the clock, every contact green and closed at screening.</remarks>
public static class FullModelMmc
{
    public static Scenario Scenario(MmcBenchmarkModel model, int customers, int seed) => ScenarioLoader.LoadText($$"""
        name: bench-mmc
        population: { children: 100000 }
        run: { horizonDays: {{(int)Math.Ceiling(customers / (model.ArrivalsPerHour * 24)) + 1}}, warmupDays: 1, drainDays: 10 }
        demand: { contactsPerYear: {{model.ArrivalsPerHour * 24 * 365:R}} }
        mash:
          hours: { alwaysOpen: true }
          staff: { socialWorkers: {{model.Servers}}, managers: 1, businessSupport: 0, emergencyDutyTeam: 0 }
          ragMix: { red: 0, amber: 0, green: 1 }
          screeningMinutes: { dist: exponential, mean: {{model.MeanServiceMinutes:R}} }
          greenDecidedAtScreening: true
          decisions: { green: { noFurtherAction: 1 } }
          transfer: { steps: 0 }
        """, "bench-mmc").Scenario;

    /// <returns>The mean wait in queue in minutes and the number of contacts that arrived.</returns>
    public static (double MeanWaitMinutes, int Contacts) Run(MmcBenchmarkModel model, int customers, int seed)
    {
        var result = SingleRun.Execute(Scenario(model, customers, seed), seed, replication: 0);
        return (result[Kpi.ScreeningWaitHoursMean] * 60, result.Account.Arrived);
    }
}
