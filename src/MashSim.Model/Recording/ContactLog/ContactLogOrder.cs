using MashSim.Model.Contacts;

namespace MashSim.Model.Recording.ContactLog;

/// <summary>Passes counted contacts to a <see cref="IContactLog"/> in arrival order, each once it and every earlier contact have left.</summary>
/// <remarks>
/// Only the contacts from the oldest one still open onwards are held: the front door's work in progress and those
/// behind it, days of arrivals at most, where keeping every contact for the log held the whole run's. A contact that
/// left is passed on at the next arrival rather than at its own leaving, so whatever the leaving itself sets (the time
/// it left, on entering its final state) is set by then.
/// </remarks>
internal sealed class ContactLogOrder(IContactLog log)
{
    private readonly Queue<Contact> _waiting = new();

    /// <summary>A counted contact has arrived: those ahead of it that have left go to the log, and it joins the line.</summary>
    /// <remarks>Takes the set of open contacts itself, not a delegate over it: a method group made a new delegate on every arrival.</remarks>
    public void Arrived(Contact contact, IReadOnlySet<Contact> stillOpen)
    {
        PassOnLeft(stillOpen);
        _waiting.Enqueue(contact);
    }

    /// <summary>The run has ended: every contact still held goes to the log, open or not.</summary>
    public void PassOnAll()
    {
        while (_waiting.TryDequeue(out var contact)) log.Add(contact);
    }

    private void PassOnLeft(IReadOnlySet<Contact> stillOpen)
    {
        while (_waiting.TryPeek(out var oldest) && !stillOpen.Contains(oldest)) log.Add(_waiting.Dequeue());
    }
}
