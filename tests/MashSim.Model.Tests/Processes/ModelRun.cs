using MashSim.Kernel;
using MashSim.Kernel.Random;
using MashSim.Model.Parameters;
using MashSim.Model.Runs;

namespace MashSim.Model.Tests.Processes;

/// <summary>One replication run as the experiment layer runs it, keeping the model so a test can look inside a process.</summary>
internal static class ModelRun
{
    public static (SocialCareModel Model, RunResult Result) Of(Scenario scenario, int replication = 0, long seed = 11)
    {
        var model = SocialCareModel.Build(scenario, new RandomStreams(seed, replication));
        model.Simulation.RunUntil(model.Horizon);
        var atHorizon = model.TakeSnapshot();
        model.Simulation.RunUntil(model.Horizon + SimDuration.FromDays(scenario.Run.DrainDays));
        return (model, model.Outcomes(atHorizon));
    }
}
