using MashSim.Experiments.Results;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Staffing;
using MashSim.Model.Recording;

namespace MashSim.Experiments.Tests.Staffing;

public class StaffingTargetTests
{
    [Theory]
    [InlineData("decisionWithin1WorkingDay >= 0.95", true, 0.95)]
    [InlineData("decisionWithin1WorkingDay>=95%", true, 0.95)]
    [InlineData(" screeningWaitHoursMean <= 0.1 ", false, 0.1)]
    public void Reads_an_outcome_a_direction_and_a_number_or_percentage(string text, bool atLeast, double value)
    {
        var target = StaffingTarget.Parse(text);
        Assert.Equal(atLeast, target.AtLeast);
        Assert.Equal(value, target.Value, 12);
    }

    [Fact]
    public void Is_met_only_when_the_whole_interval_clears_the_target()
    {
        var target = StaffingTarget.Parse("decisionWithin1WorkingDay >= 0.9");
        Assert.True(target.IsMetBy(new OutcomeSummary(Kpi.DecisionWithin1WorkingDay, 0.93, 0.91, 0.95, 10)));
        Assert.False(target.IsMetBy(new OutcomeSummary(Kpi.DecisionWithin1WorkingDay, 0.93, 0.89, 0.97, 10)), "the mean clears it but the interval does not");
        Assert.False(target.IsMetBy(new OutcomeSummary(Kpi.DecisionWithin1WorkingDay, 0.95, double.NaN, double.NaN, 1)), "one replication has no interval");
    }

    [Fact]
    public void An_unknown_field_names_the_fields_there_are()
    {
        var scenario = ScenarioLoader.LoadDefault().Scenario;
        var e = Assert.Throws<ArgumentException>(() => ScenarioFields.ReadNumber(scenario, "mash.socialWorkers"));
        Assert.Contains("staff", e.Message);
        Assert.Equal(11, ScenarioFields.ReadNumber(scenario, "mash.staff.socialWorkers").Value);
    }
}
