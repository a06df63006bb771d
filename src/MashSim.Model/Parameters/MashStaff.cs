using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Parameters;

/// <summary>Full-time-equivalent staff in post in each front-door role.</summary>
public sealed record MashStaff : IValidatable
{
    /// <summary>Qualified social workers in the MASH: screening, RAG rating and threshold decisions.</summary>
    public required int SocialWorkers { get; init; }

    /// <summary>Team managers who agree decisions.</summary>
    public required int Managers { get; init; }

    /// <summary>Business support officers who carry out the administrative transfer steps.</summary>
    public required int BusinessSupport { get; init; }

    /// <summary>Emergency duty team workers on shift out of hours (0: contacts wait for the MASH to open).</summary>
    public required int EmergencyDutyTeam { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (SocialWorkers < 1) yield return new("socialWorkers", $"the MASH needs at least one social worker, not {SocialWorkers}");
        if (Managers < 1) yield return new("managers", $"decisions to refer need a manager: at least 1, not {Managers}");
        if (BusinessSupport < 0) yield return new("businessSupport", $"must be zero or more, not {BusinessSupport}");
        if (EmergencyDutyTeam < 0) yield return new("emergencyDutyTeam", $"must be zero or more, not {EmergencyDutyTeam}");
    }
}
