using MashSim.Model.Pathway.Cases;

namespace MashSim.Model.Pathway.Workflows;

/// <summary>The work the case workflow asks for on entering a state; each call only requests resources or schedules events.</summary>
public interface ICaseActivities
{
    void RequestAllocation(Case c);
    void StartAssessment(Case c);
    void RequestStrategyDiscussion(Case c);
    void StartSection47(Case c);
    void BookConference(Case c);
    void StartChildProtectionPlan(Case c);
    void StartChildInNeedPlan(Case c);
    void AwaitPanel(Case c);
    void StartEarlyHelp(Case c);
    void Close(Case c);
    void BecomeLookedAfter(Case c);
}
