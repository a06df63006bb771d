namespace MashSim.Model.Recording.Distributions;

/// <summary>A duration whose shape the run reports: its percentiles as outcomes (with CIs over replications) and its histogram bins.</summary>
/// <param name="Id">The name in distributions.csv.</param>
/// <param name="Label">The name for people.</param>
/// <param name="Unit">What the duration is measured in.</param>
/// <param name="Edges">The lower edge of each histogram bin, rising from 0; the last bin is open above.</param>
/// <param name="Percentiles">The outcomes holding its 10th, 25th, 50th, 75th and 90th percentiles.</param>
public sealed record Duration(string Id, string Label, KpiUnit Unit, IReadOnlyList<double> Edges, IReadOnlyList<Kpi> Percentiles)
{
    public static readonly IReadOnlyList<double> Levels = [0.10, 0.25, 0.50, 0.75, 0.90];

    public static readonly Duration ContactToDecision = new("contactToDecisionHours", "Contact to decision", KpiUnit.Hours,
        [0, 1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 120, 168], Kpi.ContactToDecisionHours);
    public static readonly Duration ReferralToAllocation = new("referralToAllocationDays", "Referral to allocation", KpiUnit.Days,
        [0, 0.5, 1, 2, 3, 5, 7, 10, 14, 21, 28, 42, 56], Kpi.ReferralToAllocationDays);
    public static readonly Duration ReferralToAssessment = new("referralToAssessmentWorkingDays", "Referral to assessment completed", KpiUnit.WorkingDays,
        [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 80, 100], Kpi.ReferralToAssessmentWorkingDays);
    public static readonly Duration StrategyToConference = new("strategyToConferenceWorkingDays", "Strategy discussion to ICPC", KpiUnit.WorkingDays,
        [0, 3, 5, 8, 10, 12, 15, 20, 25, 30, 40], Kpi.StrategyToConferenceWorkingDays);
    public static readonly Duration ChildProtectionPlanLength = new("childProtectionPlanMonths", "CP plan length", KpiUnit.Months,
        [0, 3, 6, 9, 12, 18, 24, 36, 48], Kpi.ChildProtectionPlanMonths);
    public static readonly Duration ChildInNeedPlanLength = new("childInNeedPlanMonths", "CIN plan length", KpiUnit.Months,
        [0, 3, 6, 9, 12, 18, 24, 36, 48], Kpi.ChildInNeedPlanMonths);
    public static readonly Duration SincePreviousReferral = new("daysSincePreviousReferral", "Time since the previous referral", KpiUnit.Days,
        [0, 30, 60, 90, 180, 270, 365, 545, 730, 1095], Kpi.DaysSincePreviousReferral);

    public static IReadOnlyList<Duration> All { get; } =
        [ContactToDecision, ReferralToAllocation, ReferralToAssessment, StrategyToConference, ChildProtectionPlanLength, ChildInNeedPlanLength, SincePreviousReferral];
}
