using MashSim.Kernel.Calendar;
using MashSim.Model.Pathway;
using MashSim.Model.Pathway.Activities;

namespace MashSim.Model.Tests.Pathway;

public class AssessmentPaceTests
{
    private static readonly WorkingCalendar Calendar = new(new DateTime(2017, 12, 1), WorkingHours.OfficeNineToFive);

    /// <summary>Works an assessment at the pace alone, one working day at a time from the referral's day; the day the hours run out.</summary>
    private static DateOnly FinishedOn(DateOnly referred, double hours, int timescaleWorkingDays)
    {
        var due = Calendar.AddWorkingDays(referred, timescaleWorkingDays);
        double done = 0;
        for (var day = referred; ; day = day.AddDays(1))
        {
            if (!Calendar.IsWorkingDay(day)) continue;
            done += AssessmentPace.HoursToday(hours - done, Calendar, day, due);
            if (done >= hours - 1e-9) return day;
        }
    }

    [Theory]
    [InlineData(2017, 12, 8, 10.0)]
    [InlineData(2018, 3, 1, 45.0)]
    [InlineData(2018, 6, 4, 3.0)]
    public void Paced_to_its_deadline_an_assessment_finishes_on_working_day_45_not_44(int year, int month, int day, double hours)
    {
        var referred = new DateOnly(year, month, day);
        var finished = FinishedOn(referred, hours, 45);
        Assert.Equal(Calendar.AddWorkingDays(referred, 45), finished);
        Assert.Equal(45, Calendar.WorkingDaysBetween(referred, finished));
    }

    [Fact]
    public void On_the_last_day_everything_left_is_due_and_the_day_before_half_of_it()
    {
        // Friday 22 December 2017: the next working day is Wednesday 27 December (Christmas and Boxing Day).
        var friday = new DateOnly(2017, 12, 22);
        var wednesday = new DateOnly(2017, 12, 27);
        Assert.Equal(6, AssessmentPace.HoursToday(6, Calendar, wednesday, wednesday));
        Assert.Equal(3, AssessmentPace.HoursToday(6, Calendar, friday, wednesday));
        Assert.Equal(6, AssessmentPace.HoursToday(6, Calendar, wednesday.AddDays(1), wednesday));
    }
}
