using MashSim.Model.Recording;

namespace MashSim.Model.Tests.Processes;

public class EarlyHelpHubTests
{
    [Fact]
    public void Fewer_early_help_workers_give_longer_waits_and_more_step_ups_under_common_random_numbers()
    {
        double Mean(int workers, Kpi kpi) => Enumerable.Range(0, 3)
            .Select(r => TestRun.Of(TestScenarios.FrontDoor(240) with { EarlyHelpHub = ProcessScenarios.EarlyHelp(workers) }, r)[kpi]).Average();

        // The same seed and replications for both staffings: the same families arrive and draw the same episodes.
        Assert.True(Mean(8, Kpi.DaysToEarlyHelpAllocationMean) > Mean(14, Kpi.DaysToEarlyHelpAllocationMean) + 5);
        Assert.True(Mean(8, Kpi.EarlyHelpWaitingMean) > Mean(14, Kpi.EarlyHelpWaitingMean));
        Assert.True(Mean(8, Kpi.EarlyHelpStepUpShare) > Mean(14, Kpi.EarlyHelpStepUpShare) + 0.02);
    }

    [Fact]
    public void Caseloads_never_pass_the_cap_and_with_ample_workers_nobody_waits()
    {
        var tight = TestRun.Of(TestScenarios.FrontDoor(240) with { EarlyHelpHub = ProcessScenarios.EarlyHelp(8) }, 0);
        Assert.InRange(tight[Kpi.EarlyHelpCaseloadMean], 0, 10);
        Assert.True(tight[Kpi.EarlyHelpCaseloadMean] > 9, "a hub short of workers fills its places");
        var ample = TestRun.Of(TestScenarios.FrontDoor(240) with { EarlyHelpHub = ProcessScenarios.EarlyHelp(200) }, 0);
        Assert.True(ample[Kpi.DaysToEarlyHelpAllocationMean] < 3.5, "allocation waits only for the hub to open");
        Assert.True(ample[Kpi.EarlyHelpWaitingMean] < 1);
    }

    [Fact]
    public void With_a_pathway_step_downs_go_to_the_hub_and_its_step_ups_come_back_as_contacts()
    {
        var scenario = TestScenarios.WithPathway(horizonDays: 900) with { EarlyHelpHub = ProcessScenarios.EarlyHelp(40) };
        var result = TestRun.Of(scenario, 0);
        Assert.True(result.Cases!.Balances);
        Assert.True(result.Streams.Single().Balances);
        Assert.True(result[Kpi.EarlyHelpReferrals] > result[Kpi.Contacts] * result[Kpi.EarlyHelpShare], "step-downs from plans join the MASH's early help decisions");
    }
}
