using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Limits;

namespace MashSim.Cli.Tests;

/// <summary>The England-sized stress scenario validates, is every volume and capacity of the default scaled alike, and fits this machine.</summary>
public class EnglandScaleTests
{
    private static readonly string File = AppRun.Scenario("scenarios/england-scale.yaml");

    [Fact]
    public void It_validates_and_says_it_is_a_stress_test()
    {
        var validate = AppRun.Of("validate", File);
        Assert.True(validate.ExitCode == 0, validate.Error);
        Assert.Contains("Stress test", ScenarioLoader.Load(File).Scenario.Description);
    }

    [Fact]
    public void It_is_the_default_scaled_to_about_two_point_four_million_contacts_a_year()
    {
        var england = ScenarioLoader.Load(File).Scenario;
        var cumbria = ScenarioLoader.Load(AppRun.Scenario("scenarios/cumbria-2017-11.yaml")).Scenario;
        double factor = (double)england.Population.Children / cumbria.Population.Children;
        Assert.InRange(factor, 125, 130);
        // All contacts (known children among them) scale with the factor, to about 2,000 per 10,000 children.
        Assert.InRange(england.Demand.ContactsPerYear, 2.3e6, 2.5e6);
        foreach (var (big, small) in new (double, double)[]
        {
            (england.Demand.ContactsPerYear, cumbria.Demand.ContactsPerYear),
            (england.Mash.Staff.SocialWorkers, cumbria.Mash.Staff.SocialWorkers), (england.Mash.Staff.Managers, cumbria.Mash.Staff.Managers),
            (england.Mash.Staff.BusinessSupport, cumbria.Mash.Staff.BusinessSupport), (england.Mash.Staff.EmergencyDutyTeam, cumbria.Mash.Staff.EmergencyDutyTeam),
            (england.Pathway!.Team.SocialWorkers, cumbria.Pathway!.Team.SocialWorkers),
            (england.Pathway.StrategyDiscussion.PoliceAvailable, cumbria.Pathway.StrategyDiscussion.PoliceAvailable),
            (england.Pathway.StrategyDiscussion.HealthAvailable, cumbria.Pathway.StrategyDiscussion.HealthAvailable),
            (england.Pathway.Conferences.SlotsPerWorkingDay, cumbria.Pathway.Conferences.SlotsPerWorkingDay),
            (england.Pathway.InitialStock.ChildProtectionPlans, cumbria.Pathway.InitialStock.ChildProtectionPlans),
            (england.Pathway.InitialStock.ChildInNeedPlans, cumbria.Pathway.InitialStock.ChildInNeedPlans),
        })
        {
            Assert.InRange(big / small, factor * 0.99, factor * 1.01);
        }
    }

    [Fact]
    public void One_replication_of_it_fits_a_machine_with_eight_gigabytes()
    {
        var england = ScenarioLoader.Load(File).Scenario;
        Assert.Null(RunSizeEstimate.Of(england, 1, threads: 1).WhyItCannotFit(8L << 30));
    }
}
