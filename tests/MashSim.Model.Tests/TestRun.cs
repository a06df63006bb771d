using MashSim.Experiments.Runs;
using MashSim.Model.Parameters;
using MashSim.Model.Runs;

namespace MashSim.Model.Tests;

/// <summary>One replication of a test scenario, run as the experiment layer runs it (to the horizon, snapshot, drain).</summary>
internal static class TestRun
{
    /// <summary>Replication <paramref name="replication"/> with <paramref name="seed"/>, or the seed of the builder that made the scenario.</summary>
    public static RunResult Of(Scenario scenario, int replication, bool keepContacts = false, long? seed = null) =>
        SingleRun.Execute(scenario, seed ?? TestScenarios.SeedOf(scenario), replication, keepContacts);
}
