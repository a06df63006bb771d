using MashSim.Kernel.Calendar;

namespace MashSim.Kernel.Tests.Calendar;

public class WorkingHoursTests
{
    private static readonly TimeOnly Nine = new(9, 0);
    private static readonly TimeOnly Five = new(17, 0);

    [Fact]
    public void Office_hours_run_Monday_to_Friday_and_observe_bank_holidays()
    {
        var hours = WorkingHours.OfficeNineToFive;
        Assert.Equal(Nine, hours.Opens);
        Assert.Equal(Five, hours.Closes);
        Assert.True(hours.Days.SetEquals([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]));
        Assert.True(hours.ObservesBankHolidays);
        Assert.False(hours.IsAlwaysOpen);
    }

    [Fact]
    public void Always_open_covers_every_day_and_ignores_bank_holidays()
    {
        var hours = WorkingHours.AlwaysOpen;
        Assert.True(hours.IsAlwaysOpen);
        Assert.Equal(7, hours.Days.Count);
        Assert.False(hours.ObservesBankHolidays);
    }

    [Fact]
    public void Closing_at_or_before_opening_is_refused()
    {
        Assert.Throws<ArgumentException>(() => WorkingHours.Office(Five, Nine));
        Assert.Throws<ArgumentException>(() => WorkingHours.Office(Nine, Nine));
    }

    [Fact]
    public void Hours_with_no_days_or_an_unknown_day_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new WorkingHours(Nine, Five, new HashSet<DayOfWeek>(), true));
        Assert.Throws<ArgumentException>(() => new WorkingHours(Nine, Five, new HashSet<DayOfWeek> { (DayOfWeek)7 }, true));
        Assert.Throws<ArgumentNullException>(() => new WorkingHours(Nine, Five, null!, true));
    }

    [Fact]
    public void Changing_the_callers_day_set_afterwards_does_not_change_the_hours()
    {
        var days = new HashSet<DayOfWeek> { DayOfWeek.Monday };
        var hours = new WorkingHours(Nine, Five, days, true);
        days.Add(DayOfWeek.Saturday);
        Assert.DoesNotContain(DayOfWeek.Saturday, hours.Days);
    }

    [Fact]
    public void Hours_with_the_same_days_are_equal_whatever_set_holds_them()
    {
        var weekdays = new SortedSet<DayOfWeek> { DayOfWeek.Friday, DayOfWeek.Thursday, DayOfWeek.Wednesday, DayOfWeek.Tuesday, DayOfWeek.Monday };
        var built = new WorkingHours(Nine, Five, weekdays, observesBankHolidays: true);
        Assert.Equal(WorkingHours.OfficeNineToFive, built);
        Assert.Equal(WorkingHours.OfficeNineToFive.GetHashCode(), built.GetHashCode());
        Assert.NotEqual(WorkingHours.OfficeNineToFive, new WorkingHours(Nine, Five, weekdays, observesBankHolidays: false));
        Assert.NotEqual(WorkingHours.OfficeNineToFive, WorkingHours.Office(Nine, new TimeOnly(16, 30)));
    }
}
