using MashSim.Experiments.Runs;
using MashSim.Model.Parameters;
using MashSim.Model.Runs;

namespace MashSim.Model.Tests;

/// <summary>One replication of a test scenario, run as the experiment layer runs it (to the horizon, snapshot, drain).</summary>
internal static class TestRun
{
    public static RunResult Of(Scenario scenario, int replication, bool keepContacts = false) =>
        SingleRun.Execute(scenario, scenario.Run.Seed, replication, keepContacts);
}
