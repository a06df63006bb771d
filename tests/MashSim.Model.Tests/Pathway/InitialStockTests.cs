using MashSim.Model.Contacts;
using MashSim.Model.Parameters;
using MashSim.Model.Pathway.Parameters;
using MashSim.Model.Recording;
using MashSim.Model.Runs;

namespace MashSim.Model.Tests.Pathway;

public class InitialStockTests
{
    private static Scenario WithStock(Scenario scenario, int childProtectionPlans, int childInNeedPlans) =>
        scenario with { Pathway = scenario.Pathway! with { InitialStock = new InitialStockParameters { ChildProtectionPlans = childProtectionPlans, ChildInNeedPlans = childInNeedPlans, LookedAfter = 0 } } };

    private static Scenario Window(Scenario scenario, int warmupDays, int horizonDays) =>
        scenario with { Run = scenario.Run with { WarmupDays = warmupDays, HorizonDays = horizonDays } };

    /// <summary>No contacts (so nobody comes back: returning children are contacts too), nobody steps up: the stock can only run down.</summary>
    private static Scenario Closed(Scenario scenario) => scenario with
    {
        Demand = scenario.Demand with { ContactsPerYear = 0 },
        Pathway = scenario.Pathway! with
        {
            EarlyHelp = scenario.Pathway.EarlyHelp with { StepUpProbability = 0 },
        },
    };

    private static IReadOnlyList<double> Series(RunResult result, string id) => result.Series.Single(s => s.Measure.Id == id).Values;

    [Fact]
    public void With_no_arrivals_the_plans_start_at_the_stated_numbers_and_run_down_as_equilibrium_ages_predict()
    {
        var result = TestRun.Of(WithStock(Closed(Window(TestScenarios.WithPathway(), 0, 400)), 500, 1000), 0);
        var cp = Series(result, "childProtectionPlans");
        var cin = Series(result, "childInNeedPlans");
        Assert.Equal(0, result[Kpi.Referrals]);
        Assert.InRange(cp[0], 490, 500);
        Assert.InRange(cin[0], 980, 1010);

        // Plans open in a steady state have their equilibrium ages, so the share still open t later is
        // (integral of plan survival beyond t) / mean length. With the model's default reviews (3 months, continue 0.70;
        // then every 6, continue 0.25) the mean is 3 + 6 x 0.70 / 0.75 = 8.6 months and 3.5 / 8.6 = 0.41 remain after 6 months.
        // (Plans all new at the start would keep 0.70; ages spread uniformly over 8.6 months would keep about 0.3.)
        double remaining = cp[182] / cp[0];
        Assert.InRange(remaining, 0.35, 0.46);
        Assert.True(cin[365] < 0.5 * cin[0], $"{cin[365]} children on CIN plans after a year, from {cin[0]}");
        Assert.True(cp[^1] < cp[182] && cp[182] < cp[0]);
    }

    [Fact]
    public void The_case_account_balances_with_an_initial_stock()
    {
        var result = TestRun.Of(WithStock(Window(TestScenarios.WithPathway(), 200, 500), 500, 1300), 0);
        var cases = result.Cases!;
        Assert.Equal(1800, cases.Initial);
        Assert.True(cases.Opened > 1000);
        Assert.True(cases.Balances, cases.ToString());
        Assert.Equal(cases.Initial + cases.Opened - cases.Closed - cases.LeftCare, cases.StillOpen);
    }

    [Fact]
    public void A_stock_at_the_steady_state_level_puts_the_first_measured_day_near_the_long_run_mean()
    {
        var longRun = TestRun.Of(TestScenarios.WithPathway(horizonDays: 1460), 0);
        double cpMean = longRun[Kpi.ChildProtectionPlansMean], cinMean = longRun[Kpi.ChildInNeedPlansMean];

        var shortRun = Window(TestScenarios.WithPathway(), 7, 60);
        var stocked = TestRun.Of(WithStock(shortRun, (int)Math.Round(cpMean), (int)Math.Round(cinMean)), 0);
        var empty = TestRun.Of(shortRun, 0);

        double cp = Series(stocked, "childProtectionPlans")[0], cin = Series(stocked, "childInNeedPlans")[0];
        Assert.True(Math.Abs(cp / cpMean - 1) < 0.1, $"{cp} on CP plans on the first measured day against a long-run mean of {cpMean}");
        Assert.True(Math.Abs(cin / cinMean - 1) < 0.1, $"{cin} on CIN plans on the first measured day against a long-run mean of {cinMean}");
        Assert.True(Series(empty, "childProtectionPlans")[0] < 0.2 * cpMean, "an empty start should be far from the long-run stock");
        Assert.True(Series(stocked, "caseloadMean")[0] > 2 * Series(empty, "caseloadMean")[0]);
    }

    [Fact]
    public void The_same_seed_gives_the_same_results_with_an_initial_stock()
    {
        var scenario = WithStock(Window(TestScenarios.WithPathway(), 90, 300), 450, 1200);
        var a = TestRun.Of(scenario, 1);
        var b = TestRun.Of(scenario, 1);
        Assert.Equal(a.Values, b.Values);
        Assert.Equal(a.Cases, b.Cases);
        Assert.Equal(a.Series.SelectMany(s => s.Values), b.Series.SelectMany(s => s.Values));
    }

    [Fact]
    public void The_stock_draws_only_from_its_own_streams_so_arrivals_are_unchanged()
    {
        // The front door's outcomes do change with a stock, because children closed from it are contacted about again;
        // what must not change is the stream of contacts (times and sources), which step-ups from early help only add to.
        // With no warm-up every contact is kept.
        var empty = TestRun.Of(Window(TestScenarios.WithPathway(), 0, 120), 0, keepContacts: true);
        var stocked = TestRun.Of(WithStock(Window(TestScenarios.WithPathway(), 0, 120), 400, 1000), 0, keepContacts: true);
        // Step-ups come from the local authority's early help; every other source's contacts are the demand stream's alone.
        static HashSet<(double, ContactSource)> Arrivals(RunResult r) =>
            r.Contacts!.Where(c => c.Source != ContactSource.LocalAuthority).Select(c => (c.ArrivedAt.Minutes, c.Source)).ToHashSet();
        Assert.Equal(Arrivals(empty), Arrivals(stocked));
        Assert.True(stocked.Contacts!.Any(c => c.ChildId is < 0 and > MashSim.Model.Population.ChildPopulation.FirstPreRunId),
            "children closed from the stock should be contacted about again");
    }
}
