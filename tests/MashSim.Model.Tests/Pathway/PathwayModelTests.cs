using MashSim.Model.Parameters;
using MashSim.Kernel;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Random;
using MashSim.Model.Pathway;
using MashSim.Model.Recording;

namespace MashSim.Model.Tests.Pathway;

public class PathwayModelTests
{
    [Fact]
    public void Every_case_opened_is_closed_looked_after_or_still_open_and_the_stock_agrees()
    {
        var result = TestRun.Of(TestScenarios.WithPathway(), 0);
        var cases = result.Cases!;
        Assert.True(cases.Opened > 10_000);
        Assert.True(cases.Balances, cases.ToString());
        Assert.True(cases.Closed > 0 && cases.LeftCare > 0 && cases.StillOpen > 0);
    }

    [Fact]
    public void The_number_on_child_protection_plans_is_starts_per_year_times_mean_length_Littles_law()
    {
        var result = TestRun.Of(TestScenarios.WithPathway(horizonDays: 1825), 0);
        double stock = result[Kpi.ChildProtectionPlansMean];
        double flow = result[Kpi.ChildProtectionPlanStartsPerYear] * result[Kpi.ChildProtectionPlanMonthsMean] / 12;
        Assert.True(stock > 200, $"{stock}");
        Assert.Equal(stock, flow, stock * 0.1);
    }

    [Fact]
    public void An_initial_conference_on_the_16th_working_day_after_the_strategy_discussion_is_late()
    {
        var calendar = new WorkingCalendar(new DateTime(2017, 12, 1), WorkingHours.OfficeNineToFive);
        // Strategy discussion Friday 8 December 2017. Skipping Christmas, Boxing Day and New Year's Day,
        // working day 15 is Wednesday 3 January 2018 and day 16 Thursday 4 January.
        var strategy = calendar.ToSimTime(new DateTime(2017, 12, 8, 11, 0, 0));
        var day15 = calendar.ToSimTime(new DateTime(2018, 1, 3, 14, 0, 0));
        var day16 = calendar.ToSimTime(new DateTime(2018, 1, 4, 9, 30, 0));
        Assert.True(StatutoryTimescales.InitialConferenceInTime(calendar, strategy, day15, 15));
        Assert.False(StatutoryTimescales.InitialConferenceInTime(calendar, strategy, day16, 15));
    }

    [Fact]
    public void More_social_workers_never_make_assessments_later_and_lower_caseloads()
    {
        var fewer = TestRun.Of(TestScenarios.WithPathway(socialWorkers: 80, horizonDays: 1095), 0);
        var more = TestRun.Of(TestScenarios.WithPathway(socialWorkers: 120, horizonDays: 1095), 0);
        Assert.True(more[Kpi.AssessmentsWithin45WorkingDays] >= fewer[Kpi.AssessmentsWithin45WorkingDays] - 0.01,
            $"{more[Kpi.AssessmentsWithin45WorkingDays]} with 120 workers against {fewer[Kpi.AssessmentsWithin45WorkingDays]} with 80");
        Assert.True(more[Kpi.CaseloadMean] < fewer[Kpi.CaseloadMean]);
        Assert.True(more[Kpi.UnallocatedMean] <= fewer[Kpi.UnallocatedMean]);
    }

    [Fact]
    public void A_higher_caseload_cap_raises_the_average_caseload_when_workers_are_short()
    {
        var low = TestRun.Of(TestScenarios.WithPathway(socialWorkers: 70, caseloadCap: 18, horizonDays: 1095), 0);
        var high = TestRun.Of(TestScenarios.WithPathway(socialWorkers: 70, caseloadCap: 30, horizonDays: 1095), 0);
        Assert.True(high[Kpi.CaseloadMean] > low[Kpi.CaseloadMean]);
        Assert.True(high[Kpi.CaseloadMax] > 18);
        Assert.True(low[Kpi.UnallocatedMean] > high[Kpi.UnallocatedMean]);
    }

    /// <summary>The mean of an outcome over replications 0..n-1: the same streams for both scenarios (common random numbers).</summary>
    private static double Mean(MashSim.Model.Parameters.Scenario scenario, Kpi kpi, int replications = 3) =>
        Enumerable.Range(0, replications).Select(r => TestRun.Of(scenario, r)[kpi]).Average();

    private static MashSim.Model.Parameters.Scenario WithTeam(Func<MashSim.Model.Pathway.Parameters.TeamParameters, MashSim.Model.Pathway.Parameters.TeamParameters> change,
        int socialWorkers = 110, int horizonDays = 1095)
    {
        var scenario = TestScenarios.WithPathway(socialWorkers, horizonDays: horizonDays);
        return scenario with { Pathway = scenario.Pathway! with { Team = change(scenario.Pathway.Team) } };
    }

    [Fact]
    public void Without_turnover_every_case_keeps_one_worker_and_turnover_gives_children_more_workers()
    {
        var stable = TestRun.Of(WithTeam(t => t with { AnnualTurnover = 0 }), 0);
        Assert.Equal(1.0, stable[Kpi.WorkersPerCaseMean]);
        var churning = TestRun.Of(WithTeam(t => t with { AnnualTurnover = 0.6 }), 0);
        Assert.True(churning[Kpi.WorkersPerCaseMean] > 1.05, $"{churning[Kpi.WorkersPerCaseMean]}");
        Assert.True(churning[Kpi.CasesWithThreeOrMoreWorkers] > 0);
    }

    [Fact]
    public void Vacancies_left_empty_raise_caseloads_compared_with_agency_cover()
    {
        var empty = Mean(WithTeam(t => t with { AnnualTurnover = 0.4, VacancyWeeks = DistributionSpec.Fixed(26) }), Kpi.CaseloadMean);
        var covered = Mean(WithTeam(t => t with { AnnualTurnover = 0.4, VacancyWeeks = DistributionSpec.Fixed(26), AgencyCover = true }), Kpi.CaseloadMean);
        Assert.True(empty > covered, $"{empty} with vacancies against {covered} with agency cover");
    }

    [Fact]
    public void Family_support_workers_take_child_in_need_cases_off_social_workers()
    {
        var without = Mean(WithTeam(t => t with { FamilySupportWorkers = 0 }), Kpi.CaseloadMean);
        var with = Mean(WithTeam(t => t with { FamilySupportWorkers = 30 }), Kpi.CaseloadMean);
        Assert.True(with < without - 3, $"{with} with family support workers against {without} without");
    }

    [Fact]
    public void Over_replications_more_social_workers_never_worsen_assessment_timeliness_beyond_noise()
    {
        var fewer = Mean(TestScenarios.WithPathway(socialWorkers: 85, horizonDays: 1095), Kpi.AssessmentsWithin45WorkingDays);
        var more = Mean(TestScenarios.WithPathway(socialWorkers: 115, horizonDays: 1095), Kpi.AssessmentsWithin45WorkingDays);
        Assert.True(more >= fewer - 0.01, $"{more} with 115 workers against {fewer} with 85");
    }

    [Fact]
    public void Without_a_pathway_the_run_stops_at_the_front_door()
    {
        var result = TestRun.Of(TestScenarios.FrontDoor(), 0);
        Assert.Null(result.Cases);
        Assert.True(double.IsNaN(result[Kpi.Referrals]));
        Assert.True(double.IsNaN(result[Kpi.CaseloadMean]));
    }

    [Fact]
    public void The_same_seed_gives_the_same_pathway_results()
    {
        var a = TestRun.Of(TestScenarios.WithPathway(horizonDays: 900), 0);
        var b = TestRun.Of(TestScenarios.WithPathway(horizonDays: 900), 0);
        Assert.Equal(a.Values, b.Values);
        Assert.Equal(a.Cases, b.Cases);
    }
}
