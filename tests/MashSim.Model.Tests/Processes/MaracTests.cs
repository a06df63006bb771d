using MashSim.Model.DomesticAbuse;
using MashSim.Model.Parameters;
using MashSim.Model.Recording;

namespace MashSim.Model.Tests.Processes;

public class MaracTests
{
    /// <summary>Every notification high risk, more than a meeting can hear: the MARAC's places bind.</summary>
    private static Scenario Crowded(MaracFrequency frequency, int places, double perYear = 1500) => TestScenarios.FrontDoor(200) with
    {
        DomesticAbuse = ProcessScenarios.DomesticAbuse(
            $"notificationsPerYear: {perYear}, workers: 6, risk: {{ standard: 0, medium: 0, high: 1 }}, marac: {{ frequency: {frequency}, placesPerMeeting: {places} }}"),
    };

    [Theory]
    [InlineData(MaracFrequency.Daily, 5)]
    [InlineData(MaracFrequency.Weekly, 25)]
    [InlineData(MaracFrequency.Fortnightly, 40)]
    public void No_meeting_hears_more_cases_than_it_has_places_and_a_full_one_leaves_the_rest_for_the_next(MaracFrequency frequency, int places)
    {
        var (model, result) = ModelRun.Of(Crowded(frequency, places));
        var heard = model.Processes!.Find<DomesticAbuseProcess>()!.HeardPerMeeting;
        Assert.All(heard, n => Assert.InRange(n, 1, places));
        Assert.Contains(places, heard);
        Assert.True(result.Streams.Single().Balances);
    }

    [Fact]
    public void A_fortnightly_MARAC_hears_cases_later_than_a_daily_one_with_the_same_places_a_year()
    {
        // 5 a working day and 50 a fortnight: about the same places, more waiting between meetings; both keep up with 1,000 a year.
        var daily = TestRun.Of(Crowded(MaracFrequency.Daily, 5, perYear: 1000), 0);
        var fortnightly = TestRun.Of(Crowded(MaracFrequency.Fortnightly, 50, perYear: 1000), 0);
        Assert.True(fortnightly[Kpi.DaysNotificationToMaracMean] > daily[Kpi.DaysNotificationToMaracMean] + 3);
        Assert.True(fortnightly[Kpi.MaracHeardWithinTarget] < daily[Kpi.MaracHeardWithinTarget]);
        Assert.True(fortnightly[Kpi.MaracBacklogMean] > daily[Kpi.MaracBacklogMean]);
    }

    [Fact]
    public void Meetings_fall_on_the_meeting_day_and_a_bank_holiday_moves_one_to_the_next_working_day()
    {
        var calendar = new MashSim.Kernel.Calendar.WorkingCalendar(new DateTime(2019, 4, 1), MashSim.Kernel.Calendar.WorkingHours.OfficeNineToFive);
        var marac = ProcessScenarios.DomesticAbuse("notificationsPerYear: 0, workers: 1").Marac;
        var weekly = new MaracDiary(calendar, marac with { Frequency = MaracFrequency.Weekly, Day = DayOfWeek.Monday });
        var meetings = new List<DateTime>();
        var at = MashSim.Kernel.SimTime.Zero;
        for (int i = 0; i < 4; i++) meetings.Add(calendar.ToDateTime(at = weekly.NextAfter(at)));
        // Easter Monday (22 April 2019) moves that week's meeting to Tuesday.
        Assert.Equal([new DateTime(2019, 4, 1, 10, 0, 0), new DateTime(2019, 4, 8, 10, 0, 0), new DateTime(2019, 4, 15, 10, 0, 0), new DateTime(2019, 4, 23, 10, 0, 0)], meetings);
        var fortnightly = new MaracDiary(calendar, marac with { Frequency = MaracFrequency.Fortnightly, Day = DayOfWeek.Monday });
        var first = fortnightly.NextAfter(MashSim.Kernel.SimTime.Zero);
        Assert.Equal(14, (fortnightly.NextAfter(first) - first).Days, 6);
    }
}
