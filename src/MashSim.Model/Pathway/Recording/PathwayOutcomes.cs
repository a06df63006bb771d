using MashSim.Model.Parameters;
using MashSim.Model.Recording;
using static MashSim.Model.Recording.OutcomeMath;

namespace MashSim.Model.Pathway.Recording;

/// <summary>Fills one replication's pathway outcomes from the recorder; stocks are read at the horizon, before the drain.</summary>
internal static class PathwayOutcomes
{
    public static void Fill(double[] values, Scenario scenario, PathwayRecorder r, PathwayStocks stocks)
    {
        void Set(Kpi kpi, double value) => values[kpi.Index] = value;
        double years = (scenario.Run.HorizonDays - scenario.Run.WarmupDays) / 365.0;
        var caseloads = r.Caseloads;

        Set(Kpi.Referrals, r.Referrals);
        Set(Kpi.UnallocatedMean, stocks.Unallocated);
        Set(Kpi.DaysToAllocationMean, Ratio(r.AllocationDaysSum, r.Allocations));
        Set(Kpi.AssessmentsWithin45WorkingDays, Ratio(r.AssessmentsInTime, r.AssessmentWorkingDays.Count));
        Set(Kpi.AssessmentWorkingDaysMedian, r.AssessmentWorkingDays.Count > 0 ? MathNet.Numerics.Statistics.Statistics.Median(r.AssessmentWorkingDays) : double.NaN);
        Set(Kpi.StrategyDiscussionsInTime, Ratio(r.StrategyDiscussionsInTime, r.StrategyDiscussions));
        Set(Kpi.InitialConferencesWithin15WorkingDays, Ratio(r.InitialConferencesInTime, r.InitialConferences));
        Set(Kpi.ChildProtectionPlansMean, stocks.ChildProtectionPlans);
        Set(Kpi.ChildProtectionPlansPer10k, stocks.ChildProtectionPlans / scenario.Population.Children * 10_000);
        Set(Kpi.ChildInNeedPlansMean, stocks.ChildInNeedPlans);
        Set(Kpi.ChildInNeedPlansPer10k, stocks.ChildInNeedPlans / scenario.Population.Children * 10_000);
        Set(Kpi.OpenCasesMean, stocks.OpenCases);
        Set(Kpi.OpenCasesPer10k, stocks.OpenCases / scenario.Population.Children * 10_000);
        Set(Kpi.ChildProtectionPlanStartsPerYear, r.CpPlanStarts / years);
        Set(Kpi.ChildProtectionPlanMonthsMean, r.CpPlanMonths.Count > 0 ? r.CpPlanMonths.Average() : double.NaN);
        Set(Kpi.CaseloadMean, caseloads.Mean);
        Set(Kpi.CaseloadMax, caseloads.Count > 0 ? caseloads.Max : double.NaN);
        Set(Kpi.CaseloadShareOver20, caseloads.ShareAbove(20));
        Set(Kpi.CaseloadShareOver25, caseloads.ShareAbove(25));
        Set(Kpi.CaseloadShareOver30, caseloads.ShareAbove(30));
        for (int i = 0; i < Kpi.CaseloadPercentiles.Count; i++) Set(Kpi.CaseloadPercentiles[i], caseloads.Percentile(MashSim.Model.Recording.Distributions.Duration.Levels[i]));
        Set(Kpi.AllocationsAboveCap, Ratio(r.AllocationsAboveCap, r.Allocations));
        Set(Kpi.VisitsLateChildProtection, Ratio(r.CpVisitsLate, r.CpVisits));
        Set(Kpi.VisitsLateChildInNeed, Ratio(r.CinVisitsLate, r.CinVisits));
        Set(Kpi.LookedAfterPerYear, r.LookedAfterInWindow / years);
        Set(Kpi.PrematureEndings, Ratio(r.PrematureEndings, r.Endings));
        Set(Kpi.ChildInNeedDrift, Ratio(r.CinPlansDrifted, r.CinPlansEnded));
        Set(Kpi.WorkersPerCaseMean, r.WorkersPerEndedCase.Count > 0 ? r.WorkersPerEndedCase.Average() : double.NaN);
        Set(Kpi.CasesWithThreeOrMoreWorkers, Ratio(r.WorkersPerEndedCase.Count(n => n >= 3), r.WorkersPerEndedCase.Count));

        Set(Kpi.ReferralsClosedWithoutAssessment, Ratio(r.ClosedWithoutAssessment, r.Referrals));
        Set(Kpi.AssessmentsPerReferral, Ratio(r.AssessmentsStarted, r.Referrals));
        Set(Kpi.StrategyDiscussionsPerReferral, Ratio(r.StrategyDiscussions, r.Referrals));
        Set(Kpi.Section47PerReferral, Ratio(r.Section47Enquiries, r.Referrals));
        Set(Kpi.InitialConferencesPerReferral, Ratio(r.InitialConferences, r.Referrals));
        Set(Kpi.ChildProtectionPlansPerReferral, Ratio(r.CpPlanStarts, r.Referrals));
        Set(Kpi.InitialConferencesPerSection47, Ratio(r.InitialConferences, r.Section47Enquiries));
        Set(Kpi.PlansPerInitialConference, Ratio(r.CpPlanStarts, r.InitialConferences));
        Set(Kpi.LookedAfterMean, stocks.LookedAfter);
        Set(Kpi.LookedAfterPer10k, stocks.LookedAfter / scenario.Population.Children * 10_000);
        Set(Kpi.LeftCarePerYear, r.LeftCareInWindow / years);
        Set(Kpi.LookedAfterMonthsMean, r.MonthsLookedAfter.Count > 0 ? r.MonthsLookedAfter.Average() : double.NaN);
        Set(Kpi.ChildrenInNeedMean, stocks.ChildrenInNeed);
        Set(Kpi.ChildInNeedPlanStartsPerYear, r.CinPlanStarts / years);
        Set(Kpi.ChildInNeedPlanMonthsMean, r.CinPlanMonths.Count > 0 ? r.CinPlanMonths.Average() : double.NaN);
    }
}
