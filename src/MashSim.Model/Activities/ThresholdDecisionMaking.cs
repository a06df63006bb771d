using MashSim.Kernel;
using MashSim.Kernel.Random;
using MashSim.Kernel.Resources;
using MashSim.Model.Contacts;
using MashSim.Model.Workflows;

namespace MashSim.Model.Activities;

/// <summary>A MASH social worker decides the response to an amber or green contact: no further action, advice, early help or referral.</summary>
internal sealed class ThresholdDecisionMaking(Simulation simulation, StaffPool pool, ISampler workMinutes, ContactWorkflow workflow,
    CategoricalChoice<ThresholdDecision> amber, CategoricalChoice<ThresholdDecision> green)
    : StaffedActivity(simulation, pool, workMinutes)
{
    public override string Activity => Recording.Events.JourneyStages.Decision;

    protected override void Complete(Contact contact)
    {
        contact.Decision = contact.Rag == RagRating.Amber ? amber.Next() : green.Next();
        workflow.Fire(contact, ContactTrigger.DecisionMade);
    }
}
