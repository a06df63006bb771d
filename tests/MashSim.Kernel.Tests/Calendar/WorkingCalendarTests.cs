using MashSim.Kernel.Calendar;

namespace MashSim.Kernel.Tests.Calendar;

public class WorkingCalendarTests
{
    // Monday 6 November 2017, midnight: simulation time zero.
    private static readonly DateTime Epoch = new(2017, 11, 6);
    private static readonly WorkingCalendar Office = new(Epoch, WorkingHours.OfficeNineToFive);

    private static SimTime At(int year, int month, int day, int hour, int minute = 0) => Office.ToSimTime(new DateTime(year, month, day, hour, minute, 0));
    private static DateTime When(SimTime t) => Office.ToDateTime(t);

    [Fact]
    public void Work_started_late_on_Friday_finishes_on_Monday_morning()
    {
        Assert.Equal(new DateTime(2017, 11, 13, 10, 0, 0), When(Office.AddWorkingMinutes(At(2017, 11, 10, 16), 120)));
    }

    [Fact]
    public void Work_pauses_over_Christmas_and_Boxing_Day()
    {
        Assert.Equal(new DateTime(2017, 12, 27, 9, 30, 0), When(Office.AddWorkingMinutes(At(2017, 12, 22, 16, 30), 60)));
    }

    [Fact]
    public void Work_pauses_over_Easter()
    {
        // Thursday 18 April 2019 16:00; Good Friday and Easter Monday are holidays.
        Assert.Equal(new DateTime(2019, 4, 23, 11, 0, 0), When(Office.AddWorkingMinutes(At(2019, 4, 18, 16), 180)));
    }

    [Fact]
    public void Work_asked_for_out_of_hours_starts_at_the_next_opening()
    {
        Assert.Equal(new DateTime(2017, 11, 13, 9, 45, 0), When(Office.AddWorkingMinutes(At(2017, 11, 11, 14), 45)));
        Assert.Equal(new DateTime(2017, 11, 7, 9, 10, 0), When(Office.AddWorkingMinutes(At(2017, 11, 6, 20), 10)));
    }

    [Fact]
    public void Work_that_ends_exactly_at_closing_ends_at_closing()
    {
        Assert.Equal(new DateTime(2017, 11, 6, 17, 0, 0), When(Office.AddWorkingMinutes(At(2017, 11, 6, 16), 60)));
    }

    [Fact]
    public void No_work_takes_no_time_even_when_closed()
    {
        var saturday = At(2017, 11, 11, 14);
        Assert.Equal(saturday, Office.AddWorkingMinutes(saturday, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Office.AddWorkingMinutes(saturday, -1));
    }

    [Fact]
    public void Opening_and_closing_times_are_found_across_weekends_and_holidays()
    {
        Assert.True(Office.IsOpen(At(2017, 11, 6, 9)));
        Assert.False(Office.IsOpen(At(2017, 11, 6, 17)));
        Assert.False(Office.IsOpen(At(2017, 12, 25, 10)));
        Assert.Equal(new DateTime(2017, 12, 27, 9, 0, 0), When(Office.NextOpening(At(2017, 12, 22, 17))));
        Assert.Equal(new DateTime(2017, 11, 6, 17, 0, 0), When(Office.NextClosing(At(2017, 11, 6, 12))));
        Assert.Equal(new DateTime(2017, 11, 13, 17, 0, 0), When(Office.NextClosing(At(2017, 11, 11, 12))));
    }

    [Fact]
    public void Working_minutes_between_two_times_undo_adding_them()
    {
        var random = new System.Random(2017);
        for (int i = 0; i < 2000; i++)
        {
            var start = new SimTime(random.NextDouble() * 60 * 1440);
            double minutes = random.NextDouble() * 5 * 480;
            var end = Office.AddWorkingMinutes(start, minutes);
            Assert.Equal(minutes, Office.WorkingMinutesBetween(start, end), 6);
        }
    }

    [Fact]
    public void Working_days_are_added_across_weekends_Christmas_and_Easter()
    {
        Assert.Equal(new DateOnly(2017, 11, 13), Office.AddWorkingDays(new DateOnly(2017, 11, 10), 1));
        Assert.Equal(new DateOnly(2017, 12, 28), Office.AddWorkingDays(new DateOnly(2017, 12, 22), 2));
        Assert.Equal(new DateOnly(2018, 4, 3), Office.AddWorkingDays(new DateOnly(2018, 3, 29), 1));
        // 45 working days from Monday 6 November 2017: 8 weeks less the Christmas and New Year holidays.
        Assert.Equal(new DateOnly(2018, 1, 11), Office.AddWorkingDays(new DateOnly(2017, 11, 6), 45));
        Assert.Equal(45, Office.WorkingDaysBetween(new DateOnly(2017, 11, 6), new DateOnly(2018, 1, 11)));
        Assert.Equal(-45, Office.WorkingDaysBetween(new DateOnly(2018, 1, 11), new DateOnly(2017, 11, 6)));
        Assert.Equal(new DateOnly(2017, 11, 6), Office.AddWorkingDays(new DateOnly(2017, 11, 6), 0));
    }

    [Fact]
    public void A_one_working_day_deadline_runs_from_the_next_opening()
    {
        Assert.Equal(new DateTime(2017, 11, 13, 16, 0, 0), When(Office.DeadlineAfterWorkingDays(At(2017, 11, 10, 16), 1)));
        Assert.Equal(new DateTime(2017, 11, 14, 9, 0, 0), When(Office.DeadlineAfterWorkingDays(At(2017, 11, 11, 11), 1)));
        Assert.Equal(new DateTime(2019, 4, 23, 10, 0, 0), When(Office.DeadlineAfterWorkingDays(At(2019, 4, 18, 10), 1)));
        Assert.Equal(new DateTime(2017, 11, 8, 9, 0, 0), When(Office.DeadlineAfterWorkingDays(At(2017, 11, 6, 18), 1)));
    }

    [Fact]
    public void An_always_open_calendar_is_plain_arithmetic()
    {
        var always = new WorkingCalendar(Epoch, WorkingHours.AlwaysOpen);
        var saturday = At(2017, 11, 11, 3);
        Assert.True(always.IsOpen(saturday));
        Assert.Equal(saturday, always.NextOpening(saturday));
        Assert.Equal(new SimTime(saturday.Minutes + 90), always.AddWorkingMinutes(saturday, 90));
        Assert.Equal(new SimTime(saturday.Minutes + 2 * 1440), always.DeadlineAfterWorkingDays(saturday, 2));
        Assert.Equal(SimTime.MaxValue, always.NextClosing(saturday));
    }

    [Fact]
    public void Endless_or_undefined_work_is_refused_rather_than_looping_for_ever()
    {
        var monday = At(2017, 11, 6, 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => Office.AddWorkingMinutes(monday, double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => Office.AddWorkingMinutes(monday, double.NaN));
    }

    [Fact]
    public void Working_days_exclude_weekends_and_bank_holidays()
    {
        Assert.True(Office.IsWorkingDay(new DateOnly(2017, 12, 22)));
        Assert.False(Office.IsWorkingDay(new DateOnly(2017, 12, 23)));
        Assert.False(Office.IsWorkingDay(new DateOnly(2017, 12, 25)));
        Assert.False(Office.IsWorkingDay(new DateOnly(2017, 12, 26)));
        Assert.True(Office.IsWorkingDay(new DateOnly(2017, 12, 27)));
    }

    [Fact]
    public void Hours_that_ignore_bank_holidays_work_on_Christmas_Day_if_it_is_a_weekday()
    {
        var weekdays = new WorkingCalendar(Epoch, new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0),
            new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }, observesBankHolidays: false));
        Assert.True(weekdays.IsWorkingDay(new DateOnly(2017, 12, 25)));
        Assert.Equal(new DateTime(2017, 12, 25, 9, 30, 0), weekdays.ToDateTime(weekdays.AddWorkingMinutes(weekdays.ToSimTime(new DateTime(2017, 12, 22, 16, 30, 0)), 60)));
    }

    [Fact]
    public void Opening_is_inclusive_and_closing_exclusive()
    {
        Assert.False(Office.IsOpen(At(2017, 11, 6, 8, 59)));
        Assert.True(Office.IsOpen(At(2017, 11, 6, 9)));
        Assert.True(Office.IsOpen(At(2017, 11, 6, 16, 59)));
        Assert.False(Office.IsOpen(At(2017, 11, 6, 17)));
        Assert.Equal(new DateTime(2017, 11, 7, 9, 0, 0), When(Office.NextOpening(At(2017, 11, 6, 17))));
        Assert.Equal(new DateTime(2017, 11, 7, 17, 0, 0), When(Office.NextClosing(At(2017, 11, 6, 17))));
        Assert.Equal(new DateTime(2017, 11, 6, 9, 0, 0), When(Office.NextOpening(At(2017, 11, 6, 3))));
    }

    [Fact]
    public void An_epoch_part_way_through_the_day_keeps_office_hours_on_the_wall_clock()
    {
        var calendar = new WorkingCalendar(new DateTime(2017, 11, 6, 8, 30, 0), WorkingHours.OfficeNineToFive);
        Assert.False(calendar.IsOpen(SimTime.Zero));
        Assert.Equal(new SimTime(30), calendar.NextOpening(SimTime.Zero));
        Assert.Equal(new SimTime(30 + 480), calendar.NextClosing(SimTime.Zero));
        Assert.Equal(new DateTime(2017, 11, 7, 9, 30, 0), calendar.ToDateTime(calendar.AddWorkingMinutes(SimTime.Zero, 510)));
    }

    [Fact]
    public void Times_before_the_epoch_are_answered_too()
    {
        // Friday 3 November 2017, before the Monday epoch.
        var friday = At(2017, 11, 3, 16);
        Assert.True(friday.Minutes < 0);
        Assert.True(Office.IsOpen(friday));
        Assert.Equal(new DateTime(2017, 11, 6, 10, 0, 0), When(Office.AddWorkingMinutes(friday, 120)));
        Assert.Equal(120, Office.WorkingMinutesBetween(friday, At(2017, 11, 6, 10)), 9);
    }

    [Fact]
    public void Dates_centuries_ahead_are_answered_without_a_huge_cache()
    {
        // 25 December 2301 is a Wednesday: Christmas and Boxing Day fall on the Wednesday and Thursday.
        Assert.True(Office.IsWorkingDay(new DateOnly(2301, 12, 24)));
        Assert.False(Office.IsWorkingDay(new DateOnly(2301, 12, 25)));
        Assert.False(Office.IsWorkingDay(new DateOnly(2301, 12, 26)));
        Assert.Equal(new DateTime(2301, 12, 27, 10, 0, 0), When(Office.AddWorkingMinutes(At(2301, 12, 24, 16), 120)));
    }

    [Fact]
    public void Working_days_between_two_dates_count_day_by_day_before_the_epoch_across_it_and_centuries_after()
    {
        var calendar = new WorkingCalendar(Epoch, WorkingHours.OfficeNineToFive);
        var start = new DateOnly(2017, 1, 1);
        foreach (var (from, to) in new[] { (start, new DateOnly(2019, 3, 1)), (new DateOnly(2018, 12, 20), new DateOnly(2019, 1, 3)), (new DateOnly(2291, 1, 1), new DateOnly(2292, 1, 1)), (new DateOnly(2290, 1, 1), new DateOnly(2290, 2, 1)) })
        {
            int counted = 0;
            for (var day = from.AddDays(1); day <= to; day = day.AddDays(1)) if (calendar.IsWorkingDay(day)) counted++;
            Assert.Equal(counted, calendar.WorkingDaysBetween(from, to));
            Assert.Equal(-counted, calendar.WorkingDaysBetween(to, from));
        }
    }

    [Fact]
    public void A_working_day_added_to_a_weekend_date_is_the_first_working_day_after_it()
    {
        Assert.Equal(new DateOnly(2017, 11, 13), Office.AddWorkingDays(new DateOnly(2017, 11, 11), 1));
        Assert.Equal(new DateOnly(2017, 11, 11), Office.AddWorkingDays(new DateOnly(2017, 11, 11), 0));
        Assert.Equal(1, Office.WorkingDaysBetween(new DateOnly(2017, 11, 11), new DateOnly(2017, 11, 13)));
        Assert.Equal(0, Office.WorkingDaysBetween(new DateOnly(2017, 11, 13), new DateOnly(2017, 11, 13)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Office.AddWorkingDays(new DateOnly(2017, 11, 13), -1));
    }

    [Fact]
    public void Always_open_hours_count_every_minute_and_every_day()
    {
        var always = new WorkingCalendar(Epoch, WorkingHours.AlwaysOpen);
        var christmasEve = always.ToSimTime(new DateTime(2017, 12, 24, 23, 0, 0));
        Assert.Equal(3 * 1440, always.WorkingMinutesBetween(christmasEve, new SimTime(christmasEve.Minutes + 3 * 1440)));
        Assert.True(always.IsWorkingDay(new DateOnly(2017, 12, 25)));
        Assert.Equal(new DateOnly(2017, 12, 26), always.AddWorkingDays(new DateOnly(2017, 12, 23), 3));
    }

    /// <summary>Work or a deadline further off than the calendar's reach (about 164 years) is "never": past any run, and answered at once.</summary>
    [Fact]
    public void Work_and_deadlines_past_the_calendars_reach_are_never_and_answered_at_once()
    {
        var alwaysOpen = new WorkingCalendar(Epoch, WorkingHours.AlwaysOpen);
        var start = At(2018, 3, 5, 10);
        foreach (var calendar in new[] { Office, alwaysOpen })
        {
            // A mean in the wrong unit, or a heavy tail: 1e12 minutes once walked day by day to the year 9999 and failed.
            Assert.Equal(SimTime.MaxValue, calendar.AddWorkingMinutes(start, 1e12));
            Assert.Equal(SimTime.MaxValue, calendar.DeadlineAfterWorkingDays(start, int.MaxValue));
            Assert.Equal(DateTime.MaxValue, calendar.ToDateTime(SimTime.MaxValue));
            // A century of office hours is still dated: runs reach that far.
            Assert.True(calendar.AddWorkingMinutes(start, 100 * 250 * 480.0) < SimTime.MaxValue);
            Assert.True(calendar.DeadlineAfterWorkingDays(start, 25_000) < SimTime.MaxValue);
        }
        // 160,000 working days of office hours take over 600 years: never.
        Assert.Equal(SimTime.MaxValue, Office.AddWorkingMinutes(start, 160_000 * 480.0));
        var today = new DateOnly(2018, 3, 5);
        Assert.Equal(DateOnly.MaxValue, Office.AddWorkingDays(today, int.MaxValue));
        Assert.Equal(DateOnly.MaxValue, Office.AddWorkingDays(today, 50_000));
        Assert.Equal(DateOnly.MaxValue, Office.AddWorkingDays(DateOnly.MaxValue, 1));
        // Counted up to the reach, not day by day to the year 9999 (an assessment paced against a due date of never).
        int toNever = Office.WorkingDaysBetween(today, DateOnly.MaxValue);
        Assert.Equal(Office.WorkingDaysBetween(today, today.AddDays(WorkingCalendar.ReachDays)), toNever);
        Assert.InRange(toNever, 40_000, 43_000);
        Assert.Equal(Office.WorkingMinutesBetween(start, start + SimDuration.FromDays(WorkingCalendar.ReachDays)), Office.WorkingMinutesBetween(start, SimTime.MaxValue));
    }
}
