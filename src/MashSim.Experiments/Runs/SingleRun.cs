using MashSim.Kernel;
using MashSim.Kernel.Random;
using MashSim.Model;
using MashSim.Model.Parameters;
using MashSim.Model.Recording.Events;
using MashSim.Model.Runs;

namespace MashSim.Experiments.Runs;

/// <summary>One replication: build the model, run it to the horizon, read what is averaged over time, drain, and collect the outcomes.</summary>
/// <remarks>
/// The drain (no new arrivals) lets every counted contact reach an outcome rather than being cut off, and the snapshot
/// is taken before it so that time averages cover the measured period only.
/// </remarks>
public static class SingleRun
{
    /// <summary>Replication <paramref name="replication"/> of <paramref name="scenario"/>, drawing from the streams of (<paramref name="seed"/>, replication) alone; <paramref name="keepContacts"/> keeps every counted contact, for the contact log.</summary>
    /// <remarks><paramref name="eventLog"/>, when given, hears every activity of the run and is disposed when the run ends (however it ends).</remarks>
    public static RunResult Execute(Scenario scenario, long seed, int replication, bool keepContacts = false, IActivityObserver? eventLog = null)
    {
        try
        {
            var model = SocialCareModel.Build(scenario, new RandomStreams(seed, replication), keepContacts, eventLog);
            model.Simulation.RunUntil(model.Horizon);
            var atHorizon = model.TakeSnapshot();
            model.Simulation.RunUntil(model.Horizon + SimDuration.FromDays(scenario.Run.DrainDays));
            return model.Outcomes(atHorizon);
        }
        finally
        {
            (eventLog as IDisposable)?.Dispose();
        }
    }
}
