using MashSim.Kernel;
using MashSim.Model.Contacts;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Decisions;
using MashSim.Model.Pathway.Recording;
using MashSim.Model.Pathway.Workflows;

namespace MashSim.Model.Pathway.Events;

/// <summary>The kernel events that move cases on: each is a <see cref="CaseTrigger"/> falling due for one case, which records what happened and fires the workflow.</summary>
/// <remarks>The workflow decides where the case goes (through <see cref="ICaseRouting"/>); this only stamps the facts the decision and the outcomes read.</remarks>
internal sealed class CaseTriggers(Simulation simulation, PathwayRecorder recorder, CaseDecisions decisions, IFrontDoorIntake frontDoor) : IEventHandler
{
    /// <summary>The workflow the triggers fire; set once when the pathway is wired (the workflow's activities schedule these triggers).</summary>
    public CaseWorkflow Workflow { private get; set; } = null!;

    public void Schedule(SimTime at, CaseTrigger trigger, Case c) => simulation.ScheduleAt(at, this, (int)trigger, c);

    /// <summary>A strategy discussion is held when police, health and the social worker have met, not at a time booked ahead.</summary>
    public void StrategyDiscussionHeld(Case c)
    {
        c.StrategyHeldAt = simulation.Now;
        recorder.OnStrategyDiscussion(c);
        Workflow.Fire(c, CaseTrigger.StrategyDiscussionHeld);
    }

    void IEventHandler.Handle(int tag, object? subject)
    {
        var c = (Case)subject!;
        var trigger = (CaseTrigger)tag;
        switch (trigger)
        {
            case CaseTrigger.ConferenceHeld:
                c.InitialConferenceAt = simulation.Now;
                recorder.OnInitialConference(c);
                break;
            case CaseTrigger.PlanReviewed:
                c.ReviewsHeld++;
                break;
            case CaseTrigger.EarlyHelpEnded:
                if (decisions.StepsUp(c)) frontDoor.ReceiveContact(c.ChildId, ContactSource.LocalAuthority);
                break;
        }
        Workflow.Fire(c, trigger);
    }
}
