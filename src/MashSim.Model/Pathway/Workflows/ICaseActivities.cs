using MashSim.Model.Pathway.Cases;

namespace MashSim.Model.Pathway.Workflows;

/// <summary>The work the case workflow asks for on entering or leaving a state; each call only requests resources or schedules events.</summary>
public interface ICaseActivities
{
    void RequestAllocation(Case c);
    void StartAssessment(Case c);
    void RequestStrategyDiscussion(Case c);
    void StartSection47(Case c);
    void BookConference(Case c);
    void StartChildProtectionPlan(Case c);

    /// <summary>A review has continued the plan: book the next review, keeping the plan's start.</summary>
    void ContinueChildProtectionPlan(Case c);
    void StartChildInNeedPlan(Case c);
    void ContinueChildInNeedPlan(Case c);

    /// <summary>The plan the case is on has ended (a review did not continue it); called while the case is still in the plan's state.</summary>
    void EndPlan(Case c);
    void AwaitPanel(Case c);
    void StartEarlyHelp(Case c);
    void Close(Case c);

    /// <summary>The child becomes looked after: the case leaves the team's caseloads and the stay in care begins.</summary>
    void BecomeLookedAfter(Case c);
}
