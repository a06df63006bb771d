using MashSim.Model.Recording;

namespace MashSim.Experiments.Results;

/// <summary>The outcomes a planner reads first: the ones sweeps plot and <c>--reps auto</c> makes precise.</summary>
/// <remarks>Timeliness at the front door and after it, re-referrals, caseloads and plans: the figures the reports judge a service by.</remarks>
public static class HeadlineOutcomes
{
    public static IReadOnlyList<Kpi> All { get; } =
    [
        Kpi.DecisionWithin1WorkingDay,
        Kpi.HoursToDecisionMean,
        Kpi.ScreeningWaitHoursMean,
        Kpi.AssessmentsWithin45WorkingDays,
        Kpi.InitialConferencesWithin15WorkingDays,
        Kpi.ReReferralShare,
        Kpi.CaseloadMean,
        Kpi.ChildProtectionPlansPer10k,
    ];
}
