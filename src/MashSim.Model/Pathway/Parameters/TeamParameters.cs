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

    /// <summary>Locality teams, each with its own workers (spread evenly) and duty rota; a referral is allocated within its locality.</summary>
    public required int Localities { get; init; }

    /// <summary>Each locality's share of referrals, in order; null for equal shares.</summary>
    public IReadOnlyList<double>? LocalityShares { get; init; }

    /// <summary>A duty worker a day in each locality, in turn, takes the day's referrals while below the cap; otherwise the least-loaded worker does.</summary>
    public required bool DutyRota { get; init; }

    /// <summary>When no one in the locality is below the cap, a referral still goes to the least-loaded worker if they hold fewer than this; otherwise it waits. Null: the cap is never breached (red referrals apart).</summary>
    public int? CaseloadCeiling { get; init; }

    /// <summary>A child protection visit due by day X may be made on any of the last this-many working days up to X.</summary>
    public required int ChildProtectionVisitWindowWorkingDays { get; init; }

    /// <summary>A child in need visit due by day X may be made on any of the last this-many working days up to X.</summary>
    public required int ChildInNeedVisitWindowWorkingDays { get; init; }

    /// <summary>The highest caseload a non-red referral may be allocated up to (the ceiling, or the cap when there is none).</summary>
    public int AllocationLimit => CaseloadCeiling ?? CaseloadCap;

    public IEnumerable<ValidationProblem> Validate()
    {
        if (Localities < 1) yield return new("localities", $"needs at least one locality team, not {Localities}");
        if (Localities > SocialWorkers) yield return new("localities", $"each of the {Localities} localities needs a social worker, but there are {SocialWorkers}");
        if (LocalityShares is { } shares)
        {
            if (shares.Count != Localities) yield return new("localityShares", $"needs one share per locality ({Localities}), not {shares.Count}");
            else if (shares.Any(x => !(x >= 0 && double.IsFinite(x))) || Math.Abs(shares.Sum() - 1) > 1e-6) yield return new("localityShares", $"are shares: zero or more, summing to 1, not {string.Join(", ", shares)}");
        }
        if (CaseloadCeiling is { } ceiling && ceiling < CaseloadCap) yield return new("caseloadCeiling", $"must be at least the cap ({CaseloadCap}), not {ceiling}");
        if (ChildProtectionVisitWindowWorkingDays < 1) yield return new("childProtectionVisitWindowWorkingDays", $"must be at least 1 working day, not {ChildProtectionVisitWindowWorkingDays}");
        if (ChildInNeedVisitWindowWorkingDays < 1) yield return new("childInNeedVisitWindowWorkingDays", $"must be at least 1 working day, not {ChildInNeedVisitWindowWorkingDays}");
        if (SocialWorkers < 1) yield return new("socialWorkers", $"needs at least one social worker, not {SocialWorkers}");
        if (CaseloadCap < 1) yield return new("caseloadCap", $"must be at least 1, not {CaseloadCap}");
        if (!(CaseworkHoursPerWeek > 0)) yield return new("caseworkHoursPerWeek", $"must be greater than zero, not {CaseworkHoursPerWeek}");
        if (!(AnnualTurnover >= 0 && AnnualTurnover < 5)) yield return new("annualTurnover", $"is a yearly share: between 0 and 5, not {AnnualTurnover}");
        if (FamilySupportWorkers < 0) yield return new("familySupportWorkers", $"must be zero or more, not {FamilySupportWorkers}");
        if (FamilySupportWorkerCaseloadCap < 1) yield return new("familySupportWorkerCaseloadCap", $"must be at least 1, not {FamilySupportWorkerCaseloadCap}");
        if (!(OverheadHoursPerCasePerWeek >= 0)) yield return new("overheadHoursPerCasePerWeek", $"must be zero or more, not {OverheadHoursPerCasePerWeek}");
    }
}
