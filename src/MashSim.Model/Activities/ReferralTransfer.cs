using MashSim.Kernel;
using MashSim.Kernel.Random;
using MashSim.Kernel.Resources;
using MashSim.Model.Contacts;
using MashSim.Model.Workflows;

namespace MashSim.Model.Activities;

/// <summary>Business support converts a contact into a referral and sends it to the district team, one administrative step at a time (001).</summary>
internal sealed class ReferralTransfer(Simulation simulation, StaffPool pool, ISampler workMinutes, ContactWorkflow workflow, int steps)
    : StaffedActivity(simulation, pool, workMinutes)
{
    public override string Activity => Recording.Events.JourneyStages.TransferStep;

    public void Start(Contact contact)
    {
        contact.TransferStepsDone = 0;
        if (steps == 0)
        {
            // No steps: complete through the agenda, not from inside the entry action that called us.
            Simulation.Schedule(SimDuration.Zero, new CompleteWithoutSteps(workflow), 0, contact);
            return;
        }
        Request(contact);
    }

    protected override void Complete(Contact contact)
    {
        contact.TransferStepsDone++;
        if (contact.TransferStepsDone < steps) Request(contact);
        else workflow.Fire(contact, ContactTrigger.TransferCompleted);
    }

    private sealed class CompleteWithoutSteps(ContactWorkflow workflow) : IEventHandler
    {
        public void Handle(int tag, object? subject) => workflow.Fire((Contact)subject!, ContactTrigger.TransferCompleted);
    }
}
