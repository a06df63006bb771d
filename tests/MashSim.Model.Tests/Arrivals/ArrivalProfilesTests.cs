using MashSim.Model.Arrivals;
using MashSim.Model.Parameters;

namespace MashSim.Model.Tests.Arrivals;

public class ArrivalProfilesTests
{
    private static readonly DateTime Monday = new(2017, 11, 6);

    private static DemandParameters Demand(double[]? weekday = null, double[]? hour = null, double[]? month = null) =>
        TestScenarios.FrontDoor().Demand with { ContactsPerYear = 36_500, WeekdayProfile = weekday, HourProfile = hour, MonthProfile = month };

    /// <summary>Expected contacts in the week from <see cref="Monday"/>: the rate of each hour, summed.</summary>
    private static double Week(DemandParameters demand)
    {
        var profile = ArrivalProfiles.From(demand, Monday);
        return Enumerable.Range(0, 168).Sum(h => profile.RatePerMinute(Monday.AddHours(h + 0.5)) * 60);
    }

    /// <summary>A single weight too small to average (it underflowed to zero: rates of NaN and an internal error).</summary>
    [Fact]
    public void A_tiny_weight_alone_carries_the_whole_day()
    {
        var hours = new double[24];
        hours[0] = double.Epsilon;
        var demand = Demand(hour: hours);
        Assert.Equal(700, Week(demand), 6);
        var profile = ArrivalProfiles.From(demand, Monday);
        Assert.Equal(100.0, profile.RatePerMinute(Monday.AddMinutes(30)) * 60, 6);
        Assert.Equal(0, profile.RatePerMinute(Monday.AddHours(1.5)));
    }

    /// <summary>Weights too large to sum (the sum overflowed: a week of almost no contacts, 10 in 60 days instead of about 5,900).</summary>
    [Fact]
    public void Huge_weights_still_give_the_years_volume()
    {
        var demand = Demand(weekday: [1e308, 1e308, 1, 1, 1, 1, 1]);
        Assert.Equal(700, Week(demand), 6);
        var profile = ArrivalProfiles.From(demand, Monday);
        Assert.Equal(350 / 24.0, profile.RatePerMinute(Monday.AddHours(12)) * 60, 6);
        var months = Enumerable.Repeat(1e308, 12).ToArray();
        Assert.Equal(700, Week(Demand(month: months)), 6);
    }
}
