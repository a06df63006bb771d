using MashSim.Kernel;
using MashSim.Kernel.Calendar;
using MashSim.Model.Pathway.Work;

namespace MashSim.Model.Tests.Pathway;

public class ConferenceSlotsTests
{
    // Friday 1 December 2017; Monday 4 December is a working day, Christmas and Boxing Day are not.
    private static readonly WorkingCalendar Calendar = new(new DateTime(2017, 12, 1), WorkingHours.OfficeNineToFive);

    private static DateTime Book(ConferenceSlots slots, DateTime earliest) => Calendar.ToDateTime(slots.Book(Calendar.ToSimTime(earliest)));

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(12)]
    [InlineData(37)]
    [InlineData(1529)]
    public void A_days_slots_all_start_within_the_working_day_and_none_is_lost(int perDay)
    {
        var slots = new ConferenceSlots(Calendar, perDay);
        Assert.Equal(perDay, slots.SlotsAtEachTime.Sum());
        Assert.True(slots.SlotsAtEachTime.Max() - slots.SlotsAtEachTime.Min() <= 1, string.Join(",", slots.SlotsAtEachTime));

        var monday = new DateTime(2017, 12, 4, 8, 0, 0);
        var held = Enumerable.Range(0, perDay).Select(_ => Book(slots, monday)).ToList();
        Assert.All(held, at => Assert.Equal(monday.Date, at.Date));
        Assert.All(held, at => Assert.InRange(at.TimeOfDay, TimeSpan.FromHours(9.5), TimeSpan.FromHours(15.5)));
        Assert.Equal(held.Order(), held);   // first come, earliest slot
        // The day is full: the next conference is the next working day's first.
        Assert.Equal(new DateTime(2017, 12, 5, 9, 30, 0), Book(slots, monday));
    }

    [Fact]
    public void Twelve_a_day_are_three_chairs_at_once_in_the_morning_and_two_in_the_afternoon()
    {
        var slots = new ConferenceSlots(Calendar, 12);
        Assert.Equal([3, 3, 2, 2, 2], slots.SlotsAtEachTime);
        var monday = new DateTime(2017, 12, 4, 8, 0, 0);
        var held = Enumerable.Range(0, 12).Select(_ => Book(slots, monday).TimeOfDay.TotalHours).ToArray();
        Assert.Equal([9.5, 9.5, 9.5, 11, 11, 11, 12.5, 12.5, 14, 14, 15.5, 15.5], held);
    }

    [Fact]
    public void A_conference_that_can_be_held_from_midday_takes_that_afternoons_free_slot_not_the_next_day()
    {
        var slots = new ConferenceSlots(Calendar, 5);
        Assert.Equal(new DateTime(2017, 12, 4, 12, 30, 0), Book(slots, new DateTime(2017, 12, 4, 12, 0, 0)));
        Assert.Equal(new DateTime(2017, 12, 4, 14, 0, 0), Book(slots, new DateTime(2017, 12, 4, 12, 0, 0)));
        // Morning slots left that day are before it can be held: it waits for the afternoon, then the next day.
        Assert.Equal(new DateTime(2017, 12, 4, 15, 30, 0), Book(slots, new DateTime(2017, 12, 4, 12, 0, 0)));
        Assert.Equal(new DateTime(2017, 12, 5, 9, 30, 0), Book(slots, new DateTime(2017, 12, 4, 12, 0, 0)));
        // An earlier notice still finds that morning's free slots.
        Assert.Equal(new DateTime(2017, 12, 4, 9, 30, 0), Book(slots, new DateTime(2017, 12, 4, 9, 0, 0)));
        Assert.Equal(new DateTime(2017, 12, 4, 11, 0, 0), Book(slots, new DateTime(2017, 12, 4, 9, 0, 0)));
    }

    [Fact]
    public void Weekends_and_bank_holidays_hold_no_conferences()
    {
        var slots = new ConferenceSlots(Calendar, 3);
        // Saturday 23 December 2017: Christmas Day and Boxing Day follow the weekend, so Wednesday 27th is next.
        Assert.Equal(new DateTime(2017, 12, 27, 9, 30, 0), Book(slots, new DateTime(2017, 12, 23, 10, 0, 0)));
        // Friday 22nd after its last slot (12:30 with three a day): the same.
        Assert.Equal(new DateTime(2017, 12, 27, 11, 0, 0), Book(slots, new DateTime(2017, 12, 22, 13, 0, 0)));
    }

    [Fact]
    public void A_notice_past_the_calendars_reach_books_nothing()
    {
        var slots = new ConferenceSlots(Calendar, 12);
        Assert.Equal(SimTime.MaxValue, slots.Book(SimTime.MaxValue));
    }
}
