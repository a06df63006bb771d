using MashSim.Model.Contacts;

namespace MashSim.Model.Recording.ContactLog;

/// <summary>Hears every counted contact of a run once, in the order they arrived, when nothing about it will change: the rows of contacts.csv.</summary>
/// <remarks>
/// A contact is passed on after it has left the front door and every contact that arrived before it has too, or at
/// the end of the run for those still open then. So a log can write its rows as the run goes, in arrival order,
/// without the run keeping every contact until the end (2.6 million in an England-sized year).
/// </remarks>
public interface IContactLog
{
    void Add(Contact contact);
}

/// <summary>A contact log kept in memory, for tests and tools that read the contacts themselves.</summary>
public sealed class ContactList : IContactLog
{
    private readonly List<Contact> _contacts = [];

    public IReadOnlyList<Contact> Contacts => _contacts;

    public void Add(Contact contact) => _contacts.Add(contact);
}
