using MashSim.Model.Pathway.Cases;

namespace MashSim.Model.Pathway.Work;

/// <summary>What the social work team reports to the pathway as the work gets done.</summary>
internal interface IWorkOutcomes
{
    /// <summary>A worker took the case; <paramref name="aboveCap"/> when that took them above the caseload cap.</summary>
    void Allocated(Case c, bool aboveCap);
    void AssessmentDone(Case c);
    void Visited(Case c, bool late);
    void UnallocatedChanged(int unallocated);
    /// <summary>The day's work is done; the social workers (not family support workers) as they stand, for caseload figures.</summary>
    void EndOfWorkingDay(IReadOnlyList<SocialWorker> socialWorkers);
}
