using MashSim.Kernel.Random;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Parameters;

/// <summary>The multi-agency safeguarding hub (MASH): its hours, staff, RAG mix, activity durations, checks and decisions.</summary>
public sealed record MashParameters : IValidatable
{
    public required OfficeHours Hours { get; init; }
    public required MashStaff Staff { get; init; }

    /// <summary>Whether the screening queue takes red before amber before green (urgency is visible on receipt) or strictly in arrival order.</summary>
    public required bool PrioritiseScreeningByUrgency { get; init; }

    public required RagMix RagMix { get; init; }

    /// <summary>Working minutes of a MASH social worker to screen a contact and give it a RAG rating.</summary>
    public required DistributionSpec ScreeningMinutes { get; init; }

    /// <summary>Green contacts are decided from the screening alone, by the same worker, with no separate decision step.</summary>
    public required bool GreenDecidedAtScreening { get; init; }

    /// <summary>Working minutes of a MASH social worker to make the threshold decision once the checks are in.</summary>
    public required DistributionSpec DecisionMinutes { get; init; }

    /// <summary>Working minutes of a MASH manager to review and agree a decision.</summary>
    public required DistributionSpec ManagerAgreementMinutes { get; init; }

    /// <summary>Whether every decision needs a manager's agreement, not only progression to children's social care.</summary>
    public required bool ManagerOversightOfAllDecisions { get; init; }

    public required AgencyChecks Checks { get; init; }
    public required DecisionMixes Decisions { get; init; }
    public required TransferSteps Transfer { get; init; }
    public required EmergencyDuty EmergencyDuty { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (Transfer.Steps > 0 && Staff.BusinessSupport == 0)
            yield return new("staff", $"transfer has {Transfer.Steps} step(s) for business support, but staff.businessSupport is 0: referrals would never leave");
    }
}
