using MashSim.Model.Contacts;

namespace MashSim.Model.Recording;

/// <summary>Contacts are the same when they are the same object; their ids, unique within a replication, hash them.</summary>
internal sealed class ContactById : IEqualityComparer<Contact>
{
    public static ContactById Instance { get; } = new();

    public bool Equals(Contact? x, Contact? y) => ReferenceEquals(x, y);

    public int GetHashCode(Contact contact) => contact.Id;
}
