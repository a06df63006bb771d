using MashSim.Kernel;
using MashSim.Kernel.Random;
using MashSim.Model.Contacts;
using MashSim.Model.Pathway.Cases;

namespace MashSim.Model.Pathway.Events;

/// <summary>A child whose case closed comes back to the front door as a new contact, some time later.</summary>
internal sealed class ReturningChildren(Simulation simulation, IFrontDoorIntake frontDoor, System.Random sources) : IEventHandler
{
    public void ComeBackAfter(SimDuration delay, Case c) => simulation.Schedule(delay, this, 0, c);

    void IEventHandler.Handle(int tag, object? subject) =>
        frontDoor.ReceiveContact(((Case)subject!).ChildId, (ContactSource)sources.Next(Enum.GetValues<ContactSource>().Length));
}
