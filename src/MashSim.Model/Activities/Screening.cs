using MashSim.Kernel;
using MashSim.Kernel.Random;
using MashSim.Kernel.Resources;
using MashSim.Kernel.Statistics;
using MashSim.Model.Contacts;
using MashSim.Model.Workflows;

namespace MashSim.Model.Activities;

/// <summary>A MASH social worker screens a contact and rates it red, amber or green; green may be decided there and then.</summary>
internal sealed class Screening(Simulation simulation, StaffPool pool, ISampler workMinutes, ContactWorkflow workflow,
    bool prioritiseByUrgency, CategoricalChoice<ThresholdDecision>? greenDecisionAtScreening)
    : StaffedActivity(simulation, pool, workMinutes)
{
    public override string Activity => Recording.Events.JourneyStages.Screening;

    /// <summary>Contacts waiting for screening to start, over time (the pool's own queue also holds decisions).</summary>
    public TimeWeightedValue Queue { get; } = new();

    public override void Request(Contact contact)
    {
        Queue.Set(Simulation.Now, Queue.Current + 1);
        base.Request(contact);
    }

    protected override int PriorityOf(Contact contact) => prioritiseByUrgency ? (int)contact.Rag : 0;

    protected override void OnStarted(Contact contact, SimDuration waited)
    {
        Queue.Set(Simulation.Now, Queue.Current - 1);
        contact.ScreeningWaitMinutes = waited.Minutes;
    }

    protected override void Complete(Contact contact)
    {
        contact.RatedAt = Simulation.Now;
        if (contact.IsRed) contact.Decision = ThresholdDecision.Referral;
        else if (contact.Rag == RagRating.Green && greenDecisionAtScreening is not null) contact.Decision = greenDecisionAtScreening.Next();
        workflow.Fire(contact, ContactTrigger.Screened);
    }
}
