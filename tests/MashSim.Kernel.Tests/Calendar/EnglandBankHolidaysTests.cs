using MashSim.Kernel.Calendar;

namespace MashSim.Kernel.Tests.Calendar;

public class EnglandBankHolidaysTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    public static TheoryData<int, DateOnly[]> Published => new()
    {
        // gov.uk published lists for England and Wales.
        { 2016, [D(2016, 1, 1), D(2016, 3, 25), D(2016, 3, 28), D(2016, 5, 2), D(2016, 5, 30), D(2016, 8, 29), D(2016, 12, 26), D(2016, 12, 27)] },
        { 2017, [D(2017, 1, 2), D(2017, 4, 14), D(2017, 4, 17), D(2017, 5, 1), D(2017, 5, 29), D(2017, 8, 28), D(2017, 12, 25), D(2017, 12, 26)] },
        { 2018, [D(2018, 1, 1), D(2018, 3, 30), D(2018, 4, 2), D(2018, 5, 7), D(2018, 5, 28), D(2018, 8, 27), D(2018, 12, 25), D(2018, 12, 26)] },
        { 2019, [D(2019, 1, 1), D(2019, 4, 19), D(2019, 4, 22), D(2019, 5, 6), D(2019, 5, 27), D(2019, 8, 26), D(2019, 12, 25), D(2019, 12, 26)] },
        { 2020, [D(2020, 1, 1), D(2020, 4, 10), D(2020, 4, 13), D(2020, 5, 8), D(2020, 5, 25), D(2020, 8, 31), D(2020, 12, 25), D(2020, 12, 28)] },
        { 2022, [D(2022, 1, 3), D(2022, 4, 15), D(2022, 4, 18), D(2022, 5, 2), D(2022, 6, 2), D(2022, 6, 3), D(2022, 8, 29), D(2022, 9, 19), D(2022, 12, 26), D(2022, 12, 27)] },
        { 2023, [D(2023, 1, 2), D(2023, 4, 7), D(2023, 4, 10), D(2023, 5, 1), D(2023, 5, 8), D(2023, 5, 29), D(2023, 8, 28), D(2023, 12, 25), D(2023, 12, 26)] },
        // Earlier years with one-off changes: VE Day 50, the millennium, the Golden Jubilee, the royal wedding, the Diamond Jubilee.
        { 1995, [D(1995, 1, 2), D(1995, 4, 14), D(1995, 4, 17), D(1995, 5, 8), D(1995, 5, 29), D(1995, 8, 28), D(1995, 12, 25), D(1995, 12, 26)] },
        { 1999, [D(1999, 1, 1), D(1999, 4, 2), D(1999, 4, 5), D(1999, 5, 3), D(1999, 5, 31), D(1999, 8, 30), D(1999, 12, 27), D(1999, 12, 28), D(1999, 12, 31)] },
        { 2002, [D(2002, 1, 1), D(2002, 3, 29), D(2002, 4, 1), D(2002, 5, 6), D(2002, 6, 3), D(2002, 6, 4), D(2002, 8, 26), D(2002, 12, 25), D(2002, 12, 26)] },
        { 2011, [D(2011, 1, 3), D(2011, 4, 22), D(2011, 4, 25), D(2011, 4, 29), D(2011, 5, 2), D(2011, 5, 30), D(2011, 8, 29), D(2011, 12, 26), D(2011, 12, 27)] },
        { 2012, [D(2012, 1, 2), D(2012, 4, 6), D(2012, 4, 9), D(2012, 5, 7), D(2012, 6, 4), D(2012, 6, 5), D(2012, 8, 27), D(2012, 12, 25), D(2012, 12, 26)] },
    };

    [Theory]
    [MemberData(nameof(Published))]
    public void Bank_holidays_match_the_published_list(int year, DateOnly[] expected)
    {
        Assert.Equal(expected, EnglandBankHolidays.For(year));
    }

    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter_Sunday_is_computed_for_any_year(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), EnglandBankHolidays.EasterSunday(year));
    }

    [Fact]
    public void Christmas_on_a_Saturday_moves_both_holidays_to_Monday_and_Tuesday()
    {
        Assert.Equal([D(2021, 12, 27), D(2021, 12, 28)], EnglandBankHolidays.For(2021).Where(d => d.Month == 12));
    }

    [Fact]
    public void Every_year_has_eight_holidays_by_rule_on_weekdays()
    {
        foreach (int year in Enumerable.Range(2024, 60))
        {
            var holidays = EnglandBankHolidays.For(year);
            Assert.Equal(8, holidays.Count);
            Assert.All(holidays, d => Assert.NotEqual(DayOfWeek.Saturday, d.DayOfWeek));
            Assert.All(holidays, d => Assert.NotEqual(DayOfWeek.Sunday, d.DayOfWeek));
        }
    }

    [Fact]
    public void Good_Friday_2019_is_a_bank_holiday()
    {
        Assert.True(EnglandBankHolidays.IsBankHoliday(D(2019, 4, 19)));
    }

    [Fact]
    public void An_ordinary_weekday_and_a_weekend_Christmas_are_not_bank_holidays()
    {
        Assert.False(EnglandBankHolidays.IsBankHoliday(D(2019, 4, 18)));
        // 25 December 2021 was a Saturday: the holiday is the substitute Monday, not the day itself.
        Assert.False(EnglandBankHolidays.IsBankHoliday(D(2021, 12, 25)));
        Assert.True(EnglandBankHolidays.IsBankHoliday(D(2021, 12, 27)));
    }

    [Theory]
    [InlineData(1995, 5, 1)]
    [InlineData(2012, 5, 28)]
    [InlineData(2020, 5, 4)]
    [InlineData(2022, 5, 30)]
    public void A_rule_date_moved_by_proclamation_is_an_ordinary_working_day(int year, int month, int day)
    {
        Assert.False(EnglandBankHolidays.IsBankHoliday(D(year, month, day)));
    }

    [Fact]
    public void The_platinum_jubilee_moved_the_spring_holiday_to_a_Thursday_and_added_the_Friday()
    {
        Assert.True(EnglandBankHolidays.IsBankHoliday(D(2022, 6, 2)));
        Assert.True(EnglandBankHolidays.IsBankHoliday(D(2022, 6, 3)));
        Assert.True(EnglandBankHolidays.IsBankHoliday(D(2022, 9, 19)));
        Assert.True(EnglandBankHolidays.IsBankHoliday(D(2023, 5, 8)));
    }

    [Fact]
    public void Lookups_from_many_threads_agree_with_one_thread()
    {
        var days = Enumerable.Range(0, 366 * 60).Select(i => D(1990, 1, 1).AddDays(i)).ToArray();
        var parallel = days.AsParallel().AsOrdered().Select(EnglandBankHolidays.IsBankHoliday).ToArray();
        var sequential = days.Select(EnglandBankHolidays.IsBankHoliday).ToArray();
        Assert.Equal(sequential, parallel);
        Assert.Equal(days.Count(d => EnglandBankHolidays.For(d.Year).Contains(d)), parallel.Count(b => b));
    }
}
