using MashSim.Kernel.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>The case-holding social workers, their caseload cap and how their working time goes.</summary>
/// <remarks>
/// Every case costs a fixed overhead each week (recording, meetings, supervision, travel); what is left goes to
/// child protection visits first, then assessments, then child in need visits, as the Cambridgeshire report
/// describes urgent work being prioritised (004 para 2-3). A full caseload therefore slows assessments and makes
/// child in need visits late.
/// </remarks>
public sealed record TeamParameters : IValidatable
{
    public int SocialWorkers { get; init; } = 110;

    /// <summary>A worker takes no new case at or above this many children.</summary>
    public int CaseloadCap { get; init; } = 25;

    /// <summary>Hours a week each worker has for casework (after training, leave and non-case duties).</summary>
    public double CaseworkHoursPerWeek { get; init; } = 26;

    /// <summary>Hours a week every case costs whatever else happens.</summary>
    public double OverheadHoursPerCasePerWeek { get; init; } = 0.25;

    public IEnumerable<ValidationProblem> Validate()
    {
        if (SocialWorkers < 1) yield return new("socialWorkers", $"needs at least one social worker, not {SocialWorkers}");
        if (CaseloadCap < 1) yield return new("caseloadCap", $"must be at least 1, not {CaseloadCap}");
        if (!(CaseworkHoursPerWeek > 0)) yield return new("caseworkHoursPerWeek", $"must be greater than zero, not {CaseworkHoursPerWeek}");
        if (!(OverheadHoursPerCasePerWeek >= 0)) yield return new("overheadHoursPerCasePerWeek", $"must be zero or more, not {OverheadHoursPerCasePerWeek}");
    }
}
