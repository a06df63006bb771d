using MashSim.Model.Parameters;
using MashSim.Kernel.Random;
using MashSim.Model.Parameters.Validation;

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
    public required int SocialWorkers { get; init; }

    /// <summary>A worker takes no new case at or above this many children.</summary>
    public required int CaseloadCap { get; init; }

    /// <summary>Hours a week each worker has for casework: a 37-hour week less leave, training and non-case duties (an assumption).</summary>
    public required double CaseworkHoursPerWeek { get; init; }

    /// <summary>Hours a week every case costs whatever else happens.</summary>
    public required double OverheadHoursPerCasePerWeek { get; init; }

    /// <summary>The share of workers who leave in a year (national, DfE workforce 2018: 15.1%).</summary>
    public required double AnnualTurnover { get; init; }

    /// <summary>Weeks a post stays empty before a new worker starts.</summary>
    public required DistributionSpec VacancyWeeks { get; init; }

    /// <summary>An agency worker fills a post the day it falls vacant (national: about 15.8% of social workers are agency).</summary>
    public required bool AgencyCover { get; init; }

    /// <summary>Family support workers (not qualified social workers) who hold child in need cases alongside social workers (003, 004).</summary>
    public required int FamilySupportWorkers { get; init; }

    /// <summary>Lancashire's family support workers "regularly reach 30 children" (003).</summary>
    public required int FamilySupportWorkerCaseloadCap { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (SocialWorkers < 1) yield return new("socialWorkers", $"needs at least one social worker, not {SocialWorkers}");
        if (CaseloadCap < 1) yield return new("caseloadCap", $"must be at least 1, not {CaseloadCap}");
        if (!(CaseworkHoursPerWeek > 0)) yield return new("caseworkHoursPerWeek", $"must be greater than zero, not {CaseworkHoursPerWeek}");
        if (!(AnnualTurnover >= 0 && AnnualTurnover < 5)) yield return new("annualTurnover", $"is a yearly share: between 0 and 5, not {AnnualTurnover}");
        if (FamilySupportWorkers < 0) yield return new("familySupportWorkers", $"must be zero or more, not {FamilySupportWorkers}");
        if (FamilySupportWorkerCaseloadCap < 1) yield return new("familySupportWorkerCaseloadCap", $"must be at least 1, not {FamilySupportWorkerCaseloadCap}");
        if (!(OverheadHoursPerCasePerWeek >= 0)) yield return new("overheadHoursPerCasePerWeek", $"must be zero or more, not {OverheadHoursPerCasePerWeek}");
    }
}
