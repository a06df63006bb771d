using MashSim.Experiments.Results.Saturation;

namespace MashSim.Experiments.Tests.Results;

public class OverloadTrendTests
{
    /// <summary>A year of a daily queue at <paramref name="level"/>, with the last days given.</summary>
    private static double[] Year(double level, params double[] end) => [.. Enumerable.Repeat(level, 365 - end.Length), .. end];

    /// <summary>Four weeks at these weekly levels, flat within each week, after a year at the first.</summary>
    private static double[] EndingWith(params double[] weeks) =>
        Year(weeks[0], [.. weeks.SelectMany(w => Enumerable.Repeat(w, 7))]);

    [Fact]
    public void A_queue_that_climbs_week_on_week_at_the_end_is_rising()
    {
        var trend = Overload.Trend.Of(EndingWith(20, 30, 40, 50));
        Assert.Equal("rising", trend?.Kind);
        Assert.Contains("weekly average 20 to 50", trend!.Detail);
        // Slowing, but every week still adds a good part of the rise.
        Assert.Equal("rising", Overload.Trend.Of(EndingWith(20, 30, 38, 42))?.Kind);
    }

    /// <summary>The MASH of cumbria-2017-01 is about 80% busy; its measured year ends on 31 December, and the backlog of
    /// the Christmas bank holidays made a queue of three flat weeks and a fourth five times their level "still rising".</summary>
    [Fact]
    public void A_holiday_backlog_in_the_last_week_is_not_a_rising_queue()
    {
        Assert.Null(Overload.Trend.Of(EndingWith(13.4, 13.4, 14.4, 70)));
        Assert.Null(Overload.Trend.Of(EndingWith(13.4, 13.5, 14.4, 70)));
    }

    [Fact]
    public void A_steady_or_falling_queue_and_a_rise_of_a_few_items_are_not_signs()
    {
        Assert.Null(Overload.Trend.Of(Year(20)));
        Assert.Null(Overload.Trend.Of(EndingWith(50, 40, 30, 20)));
        Assert.Null(Overload.Trend.Of(EndingWith(1, 2, 3, 4)));
        // Climbing, but by less than a quarter of its level: noise on a long queue.
        Assert.Null(Overload.Trend.Of(EndingWith(100, 105, 110, 115)));
    }

    [Fact]
    public void A_queue_that_grows_through_the_year_is_growing()
    {
        var days = Enumerable.Range(0, 365).Select(d => 2.0 + d).ToArray();
        var trend = Overload.Trend.Of(days);
        Assert.Equal("growing", trend?.Kind);
    }

    [Fact]
    public void Too_short_a_series_or_one_with_gaps_says_nothing()
    {
        Assert.Null(Overload.Trend.Of([.. Enumerable.Range(0, 29).Select(d => 10.0 * d)]));
        Assert.Null(Overload.Trend.Of([.. Enumerable.Range(0, 365).Select(d => d == 100 ? double.NaN : 2.0 + d)]));
    }

    /// <summary>Caseloads of 30 in the default: 923 referrals waiting at the start of the measured year and 1,448 at its
    /// end, growing all year, were not flagged, since they did not double.</summary>
    [Fact]
    public void A_large_backlog_that_grows_all_year_without_doubling_is_growing()
    {
        var random = new Random(3);
        var days = Enumerable.Range(0, 365).Select(d => 923 + 525.0 * d / 364 + random.Next(-40, 41)).ToArray();
        var trend = Overload.Trend.Of(days);
        Assert.Equal("growing", trend?.Kind);
        Assert.Contains("on a straight line", trend!.Detail);
    }

    [Fact]
    public void A_steady_backlog_with_seasons_or_a_small_one_that_grows_a_little_is_not()
    {
        // About 1,000 waiting all year, up and down by a tenth with the seasons.
        Assert.Null(Overload.Trend.Of([.. Enumerable.Range(0, 365).Select(d => 1000 + 100 * Math.Sin(2 * Math.PI * d / 365))]));
        // A rise through the year of a fifth of its level.
        Assert.Null(Overload.Trend.Of([.. Enumerable.Range(0, 365).Select(d => 1000 + 200.0 * d / 364)]));
        // From 10 to 14: less than the backlog that counts, however steady.
        Assert.Null(Overload.Trend.Of([.. Enumerable.Range(0, 365).Select(d => 10 + 4.0 * d / 364)]));
    }
}
