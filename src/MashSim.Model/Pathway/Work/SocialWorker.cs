using MashSim.Model.Pathway.Cases;

namespace MashSim.Model.Pathway.Work;

/// <summary>A case-holding worker: their locality team, the children on their caseload and how stretched their week is.</summary>
public sealed class SocialWorker(int id, WorkerRole role = WorkerRole.SocialWorker, int locality = 0)
{
    public int Id { get; } = id;
    public WorkerRole Role { get; } = role;

    /// <summary>The locality team the worker belongs to (family support workers serve every locality).</summary>
    public int Locality { get; } = locality;
    public List<Case> Cases { get; } = [];
    public int Caseload => Cases.Count;

    /// <summary>Hours already spent today outside the day's casework plan (strategy discussions), taken off the day's hours.</summary>
    public double MeetingHoursToday { get; set; }

    /// <summary>Hours of work demanded over hours available, smoothed over about a week; above 1 the worker cannot do it all.</summary>
    public double Pressure { get; set; }

    /// <summary>The worker's place in its caseload bucket (<see cref="CaseloadIndex"/>).</summary>
    internal int Slot { get; set; }

    /// <summary>In post: filed in a caseload index (false once the worker has left).</summary>
    internal bool InPost { get; set; }
}
