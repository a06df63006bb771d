using MashSim.Model.Pathway.Cases;

namespace MashSim.Model.Pathway.Work;

/// <summary>What the social work team reports to the pathway as the work gets done.</summary>
internal interface IWorkOutcomes
{
    void Allocated(Case c);
    void AssessmentDone(Case c);
    void Visited(Case c, bool late);
    void UnallocatedChanged(int unallocated);
    void EndOfWorkingDay(IReadOnlyList<SocialWorker> workers);
}
