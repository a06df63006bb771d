using MashSim.Experiments.Scenarios;
using MashSim.Model.Recording;
using MashSim.Model.Runs;

namespace MashSim.Model.Tests.Pathway;

/// <summary>Two replications of the default scenario (Cumbria, November 2017), run once for the class.</summary>
public sealed class DefaultScenarioRuns
{
    public DefaultScenarioRuns()
    {
        var loaded = ScenarioLoader.LoadDefault();
        long seed = loaded.File.Run.Seed;
        Results = [TestRun.Of(loaded.Scenario, 0, seed: seed), TestRun.Of(loaded.Scenario, 1, seed: seed)];
    }

    public IReadOnlyList<RunResult> Results { get; }

    public double Mean(Kpi kpi) => Results.Average(r => r[kpi]);
}

/// <summary>The chain from referral to plan on the default scenario, against the national proportions (DOMAIN.md, DfE 2017-18), and the stocks it fills.</summary>
public class NationalChainTests(DefaultScenarioRuns runs) : IClassFixture<DefaultScenarioRuns>
{
    /// <summary>Each conversion with its national value (DfE "Characteristics of children in need" 2017-18) and the relative tolerance it must meet.</summary>
    public static TheoryData<string, double, double> Conversions => new()
    {
        { "referralsClosedWithoutAssessment", 0.094, 0.15 },    // 9.4% closed with no further action before assessment
        { "assessmentsPerReferral", 0.906, 0.05 },              // almost every other referral is assessed
        { "section47PerReferral", 0.302, 0.12 },                // 198,090 / 655,630
        { "initialConferencesPerSection47", 0.40, 0.12 },       // 79,470 / 198,090
        { "plansPerInitialConference", 0.86, 0.08 },            // 68,770 / 79,470
        { "childProtectionPlansPerReferral", 0.105, 0.15 },     // 68,770 / 655,630
        { "childProtectionPlanMonthsMean", 9.4, 0.08 },         // 53,790 open / 68,770 a year
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void Each_conversion_of_the_chain_is_near_the_national_proportion(string outcome, double national, double tolerance)
    {
        double simulated = runs.Mean(Kpi.ById(outcome));
        Assert.True(Math.Abs(simulated - national) <= tolerance * national, $"{outcome}: {simulated:0.###} against the national {national}");
    }

    [Fact]
    public void Red_childrens_strategy_discussions_run_alongside_and_every_referral_is_closed_at_once_or_assessed_once()
    {
        // Strategy discussions exceed what assessments alone call for (5% of them), because red children's run alongside.
        Assert.True(runs.Mean(Kpi.StrategyDiscussionsPerReferral) > runs.Mean(Kpi.Section47PerReferral));
        Assert.True(runs.Mean(Kpi.AssessmentsPerReferral) + runs.Mean(Kpi.ReferralsClosedWithoutAssessment) is > 0.97 and < 1.03,
            "every referral is either closed at once or assessed, once");
    }

    /// <summary>Little's law on each stock: children on it = starts a year x mean years on it (the default starts near its steady state).</summary>
    public static TheoryData<string, string, string> Stocks => new()
    {
        { "childProtectionPlansMean", "childProtectionPlanStartsPerYear", "childProtectionPlanMonthsMean" },
        { "childInNeedPlansMean", "childInNeedPlanStartsPerYear", "childInNeedPlanMonthsMean" },
        { "lookedAfterMean", "lookedAfterPerYear", "lookedAfterMonthsMean" },
    };

    [Theory]
    [MemberData(nameof(Stocks))]
    public void Each_stock_is_its_starts_a_year_times_its_mean_length_Littles_law(string stock, string startsPerYear, string months)
    {
        double l = runs.Mean(Kpi.ById(stock));
        double lambdaW = runs.Mean(Kpi.ById(startsPerYear)) * runs.Mean(Kpi.ById(months)) / 12;
        Assert.True(l > 200, $"{stock}: {l}");
        Assert.True(Math.Abs(l - lambdaW) <= 0.12 * l, $"{stock}: {l:0} on average against {lambdaW:0} by Little's law");
    }

    [Fact]
    public void Children_in_need_count_looked_after_children_like_the_national_statistics()
    {
        Assert.Equal(runs.Mean(Kpi.OpenCasesMean) + runs.Mean(Kpi.LookedAfterMean), runs.Mean(Kpi.ChildrenInNeedMean), 6);
        Assert.All(runs.Results, r => Assert.True(r.Cases!.Balances, r.Cases.ToString()));
        Assert.All(runs.Results, r => Assert.True(r.Cases!.LeftCare > 0));
    }
}
