using MashSim.Kernel.Random;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Parameters;

/// <summary>The multi-agency safeguarding hub (MASH): its hours, staff, RAG mix, activity durations, checks and decisions.</summary>
public sealed record MashParameters : IValidatable
{
    public OfficeHours Hours { get; init; } = new();
    public MashStaff Staff { get; init; } = new();

    /// <summary>Whether the screening queue takes red before amber before green (urgency is visible on receipt) or strictly in arrival order.</summary>
    public bool PrioritiseScreeningByUrgency { get; init; } = true;

    public RagMix RagMix { get; init; } = new();

    /// <summary>Working minutes of a MASH social worker to screen a contact and give it a RAG rating.</summary>
    public DistributionSpec ScreeningMinutes { get; init; } = DistributionSpec.LogNormal(30, 20);

    /// <summary>Green contacts are decided from the screening alone, by the same worker, with no separate decision step.</summary>
    public bool GreenDecidedAtScreening { get; init; } = true;

    /// <summary>Working minutes of a MASH social worker to make the threshold decision once the checks are in.</summary>
    public DistributionSpec DecisionMinutes { get; init; } = DistributionSpec.LogNormal(45, 30);

    /// <summary>Working minutes of a MASH manager to review and agree a decision.</summary>
    public DistributionSpec ManagerAgreementMinutes { get; init; } = DistributionSpec.LogNormal(15, 10);

    /// <summary>Whether every decision needs a manager's agreement, not only progression to children's social care.</summary>
    public bool ManagerOversightOfAllDecisions { get; init; }

    public AgencyChecks Checks { get; init; } = new();
    public DecisionMixes Decisions { get; init; } = new();
    public TransferSteps Transfer { get; init; } = new();
    public EmergencyDuty EmergencyDuty { get; init; } = new();

    public IEnumerable<ValidationProblem> Validate()
    {
        if (Transfer.Steps > 0 && Staff.BusinessSupport == 0)
            yield return new("staff", $"transfer has {Transfer.Steps} step(s) for business support, but staff.businessSupport is 0: referrals would never leave");
    }
}
