using MashSim.Kernel;
using MashSim.Kernel.Random;
using MashSim.Model;
using MashSim.Model.Parameters;
using MashSim.Model.Recording.ContactLog;
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
    /// <summary>Replication <paramref name="replication"/> of <paramref name="scenario"/>, drawing from the streams of (<paramref name="seed"/>, replication) alone; <paramref name="keepContacts"/> keeps every counted contact in the result's <see cref="RunResult.Contacts"/>.</summary>
    /// <remarks><paramref name="contactLog"/> (the streamed contacts.csv) and <paramref name="eventLog"/>, when given, hear the run's
    /// contacts and activities and are disposed when the run ends (however it ends). <paramref name="cancellation"/> stops the
    /// run part-way with an <see cref="OperationCanceledException"/>.</remarks>
    public static RunResult Execute(Scenario scenario, long seed, int replication, bool keepContacts = false, IActivityObserver? eventLog = null, IContactLog? contactLog = null,
        CancellationToken cancellation = default)
    {
        if (keepContacts && contactLog is not null) throw new ArgumentException("Keep the contacts or log them, not both.", nameof(contactLog));
        try
        {
            var kept = keepContacts ? new ContactList() : null;
            var model = SocialCareModel.Build(scenario, new RandomStreams(seed, replication), kept ?? contactLog, eventLog);
            model.Simulation.RunUntil(model.Horizon, cancellation);
            var atHorizon = model.TakeSnapshot();
            model.Simulation.RunUntil(model.Horizon + SimDuration.FromDays(scenario.Run.DrainDays), cancellation);
            var result = model.Outcomes(atHorizon);
            return kept is null ? result : result with { Contacts = kept.Contacts };
        }
        finally
        {
            (eventLog as IDisposable)?.Dispose();
            (contactLog as IDisposable)?.Dispose();
        }
    }
}
