using MashSim.Kernel;
using MashSim.Model.Contacts;

namespace MashSim.Model.Recording.Events;

/// <summary>One activity of a child's journey: what was done, when it was asked for, started and ended, and by whom.</summary>
/// <remarks>
/// Front-door rows carry the contact's id; pathway rows carry the case (episode) id and the worker holding it.
/// A wait with no work (allocation, a meeting or a conference slot) starts and ends at the same time, after its queue.
/// </remarks>
public readonly record struct ActivityRecord(
    int ChildId,
    int? ContactId,
    int? CaseId,
    string Activity,
    string Detail,
    SimTime QueuedAt,
    SimTime StartedAt,
    SimTime EndedAt,
    string Resource,
    int? WorkerId,
    RagRating Rag,
    ContactSource? Source,
    bool Measured)
{
    public double WaitHours => (StartedAt - QueuedAt).Hours;
    public double WorkHours => (EndedAt - StartedAt).Hours;
}

/// <summary>Hears every activity of a replication as it ends: the event log, the stage recorder.</summary>
public interface IActivityObserver
{
    void OnActivity(in ActivityRecord record);
}
