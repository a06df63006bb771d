using MashSim.Experiments.Scenarios.Editing;
using MashSim.Experiments.Runs;
using MashSim.Experiments.Runs.Checks;
using MashSim.Experiments.Scenarios;
using MashSim.Model.Recording;
using MashSim.Model.Runs;

namespace MashSim.Experiments.Tests.Runs.Checks;

/// <summary>The sanity checks pass real runs and catch each kind of impossible figure.</summary>
public class ResultChecksTests
{
    private static readonly RunResult Real =
        Replications.Run(ScenarioLoader.LoadDefault(ScenarioEdit.ParseAll(["run.horizonDays=60", "run.warmupDays=7"])).Scenario, new ReplicationPlan(2, 42, 2)).Runs[0];

    private static RunResult With(Kpi kpi, double value)
    {
        var values = Real.Values.ToArray();
        values[kpi.Index] = value;
        return Real with { Values = values };
    }

    [Fact]
    public void A_real_run_passes_every_check_and_is_big_enough_for_littles_law()
    {
        Assert.Empty(ResultChecks.Problems([Real]));
        Assert.True(Real[Kpi.Contacts] >= ResultChecks.LittleMinimumContacts);
        Assert.Equal(0, Real[Kpi.UnfinishedAtEnd]);
    }

    [Fact]
    public void A_share_above_one_is_caught()
    {
        var problem = Assert.Single(ResultChecks.Problems([With(Kpi.DecisionWithin1WorkingDay, 1.2)]));
        Assert.Contains("decisionWithin1WorkingDay is 1.2, a share outside [0, 1]", problem);
    }

    [Fact]
    public void A_negative_time_or_count_is_caught()
    {
        Assert.Contains("below zero", Assert.Single(ResultChecks.Problems([With(Kpi.HoursToRagMean, -0.5)])));
        Assert.Contains("below zero", Assert.Single(ResultChecks.Problems([With(Kpi.Referrals, -3)])));
        var negativeDecision = Real with { DecisionHours = [.. Real.DecisionHours, -1.0] };
        Assert.Contains("time to decision is -1 hours", Assert.Single(ResultChecks.Problems([negativeDecision])));
    }

    [Fact]
    public void A_lost_contact_or_case_is_caught()
    {
        var lostContact = Real with { Account = Real.Account with { Closed = Real.Account.Closed - 1 } };
        Assert.Contains("contacts are not conserved", Assert.Single(ResultChecks.Problems([lostContact])));
        var lostCase = Real with { Cases = Real.Cases! with { StillOpen = Real.Cases.StillOpen + 1 } };
        Assert.Contains("cases are not conserved", Assert.Single(ResultChecks.Problems([lostCase])));
    }

    [Fact]
    public void A_front_door_stock_that_breaks_littles_law_is_caught()
    {
        double lambdaW = Real[Kpi.ArrivalRatePerHour] * Real[Kpi.HoursInFrontDoorMean];
        Assert.Empty(ResultChecks.Problems([With(Kpi.ContactsInFrontDoorMean, lambdaW * 1.1)]));
        Assert.Contains("Little's law", Assert.Single(ResultChecks.Problems([With(Kpi.ContactsInFrontDoorMean, lambdaW * 2 + 1)])));
    }

    [Fact]
    public void Require_throws_with_every_problem()
    {
        var error = Assert.Throws<ResultCheckException>(() => ResultChecks.Require([With(Kpi.DecisionWithin1WorkingDay, -1), Real, With(Kpi.FlaggedOverdue, 2)]));
        Assert.Equal(2, error.Problems.Count);
        Assert.StartsWith("replication 0", error.Problems[0]);
    }
}
