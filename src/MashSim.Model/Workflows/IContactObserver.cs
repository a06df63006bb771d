using MashSim.Model.Contacts;

namespace MashSim.Model.Workflows;

/// <summary>Hears every state change of every contact, for recording; the kernel and the workflow keep no statistics.</summary>
public interface IContactObserver
{
    void OnTransition(Contact contact, ContactState from, ContactState to, ContactTrigger trigger);
}
