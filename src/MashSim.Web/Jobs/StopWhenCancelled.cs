using MashSim.Model.Recording.Events;

namespace MashSim.Web.Jobs;

/// <summary>Hears a replication's activities (passing them on to the event log, if it keeps one) and stops the replication when its run is cancelled.</summary>
/// <remarks>
/// The replications check for cancellation only between replications, and one replication of a long scenario takes
/// minutes on a busy laptop; a run stopped from the page, or abandoned, should stop within moments. An observer hears
/// every activity and changes no figure, so a cancelled run is stopped at its next activity.
/// </remarks>
public sealed class StopWhenCancelled(IActivityObserver? inner, CancellationToken cancellation) : IActivityObserver, IDisposable
{
    public void OnActivity(in ActivityRecord record)
    {
        cancellation.ThrowIfCancellationRequested();
        inner?.OnActivity(record);
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
