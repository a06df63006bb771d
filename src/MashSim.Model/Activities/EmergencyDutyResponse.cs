using MashSim.Kernel;
using MashSim.Kernel.Random;
using MashSim.Kernel.Resources;
using MashSim.Model.Contacts;
using MashSim.Model.Workflows;

namespace MashSim.Model.Activities;

/// <summary>The emergency duty team answers a contact made out of hours (002 p13): it acts on immediate risk and passes the rest to the MASH.</summary>
internal sealed class EmergencyDutyResponse(Simulation simulation, StaffPool pool, ISampler workMinutes, ContactWorkflow workflow)
    : StaffedActivity(simulation, pool, workMinutes)
{
    public override string Activity => Recording.Events.JourneyStages.EmergencyDuty;

    protected override void Complete(Contact contact)
    {
        if (contact.IsRed)
        {
            contact.RatedAt = Simulation.Now;
            contact.Decision = ThresholdDecision.Referral;
        }
        workflow.Fire(contact, ContactTrigger.EmergencyDutyResponded);
    }
}
