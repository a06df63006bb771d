using MashSim.Model.Pathway.Cases;

namespace MashSim.Model.Pathway.Work;

/// <summary>A case-holding worker: the children on their caseload and how stretched their week is.</summary>
public sealed class SocialWorker(int id, WorkerRole role = WorkerRole.SocialWorker)
{
    public int Id { get; } = id;
    public WorkerRole Role { get; } = role;
    public List<Case> Cases { get; } = [];
    public int Caseload => Cases.Count;

    /// <summary>Hours already spent today outside the day's casework plan (strategy discussions), taken off the day's hours.</summary>
    public double MeetingHoursToday { get; set; }

    /// <summary>Hours of work demanded over hours available, smoothed over about a week; above 1 the worker cannot do it all.</summary>
    public double Pressure { get; set; }
}
