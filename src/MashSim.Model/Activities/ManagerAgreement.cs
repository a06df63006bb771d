using MashSim.Kernel;
using MashSim.Kernel.Random;
using MashSim.Kernel.Resources;
using MashSim.Model.Contacts;
using MashSim.Model.Workflows;

namespace MashSim.Model.Activities;

/// <summary>A MASH manager reviews and agrees a decision ("all decisions to progress a contact to statutory services are overseen and agreed by managers", 001).</summary>
internal sealed class ManagerAgreement(Simulation simulation, StaffPool pool, ISampler workMinutes, ContactWorkflow workflow)
    : StaffedActivity(simulation, pool, workMinutes)
{
    public override string Activity => Recording.Events.JourneyStages.ManagerAgreement;

    protected override void Complete(Contact contact) => workflow.Fire(contact, ContactTrigger.ManagerAgreed);
}
