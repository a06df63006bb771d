using MashSim.Kernel;
using MashSim.Kernel.Random;
using MashSim.Kernel.Resources;
using MashSim.Model.Contacts;
using MashSim.Model.Recording.Events;

namespace MashSim.Model.Activities;

/// <summary>A piece of work one worker of a staff pool does on a contact: wait for a worker, work for a sampled time, release.</summary>
/// <remarks>The work time is in the pool's working minutes, so a task still in hand at closing time finishes the next working morning.</remarks>
internal abstract class StaffedActivity : IStaffPoolClient, IEventHandler
{
    private readonly ISampler _workMinutes;

    protected StaffedActivity(Simulation simulation, StaffPool pool, ISampler workMinutes)
    {
        Simulation = simulation;
        Pool = pool;
        _workMinutes = workMinutes;
    }

    public StaffPool Pool { get; }
    protected Simulation Simulation { get; }

    /// <summary>The activity's name in the event log and the stage times.</summary>
    public abstract string Activity { get; }

    /// <summary>Hears when work starts and ends (event log, stage times).</summary>
    internal ActivityTracker? Tracker { get; set; }

    /// <summary>Asks the pool for a worker for <paramref name="contact"/>, queued by <see cref="PriorityOf"/>.</summary>
    public virtual void Request(Contact contact) => Pool.Request(this, contact, PriorityOf(contact));

    /// <summary>Red before amber before green, unless an activity says otherwise.</summary>
    protected virtual int PriorityOf(Contact contact) => (int)contact.Rag;

    public void OnGranted(StaffPool pool, object subject, SimDuration waited)
    {
        Tracker?.WorkStarted((Contact)subject, Simulation.Now - waited);
        OnStarted((Contact)subject, waited);
        Simulation.ScheduleAt(Pool.CompletionAfter(_workMinutes.Sample()), this, 0, subject);
    }

    void IEventHandler.Handle(int tag, object? subject)
    {
        Pool.Release();
        var contact = (Contact)subject!;
        var work = Tracker?.TakeWork(contact);
        Complete(contact);
        if (work is { } started) Tracker!.WorkEnded(Activity, contact, started, Pool.Name);
    }

    protected virtual void OnStarted(Contact contact, SimDuration waited) { }

    /// <summary>The work is done and the worker released: record the result and move the contact on.</summary>
    protected abstract void Complete(Contact contact);
}
