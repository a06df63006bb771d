using MashSim.Kernel.Calendar;

namespace MashSim.Model.Pathway.Activities;

/// <summary>The hours an assessment needs today to finish on its last day and not before: what is left, spread evenly over the working days left.</summary>
public static class AssessmentPace
{
    /// <summary>
    /// Hours to give today so the remaining hours are done by the end of <paramref name="lastDay"/>. The working days
    /// left count today (work is done at the end of each working day) and the last day: on the last day, or after
    /// it, everything left is due today.
    /// </summary>
    public static double HoursToday(double remainingHours, WorkingCalendar calendar, DateOnly today, DateOnly lastDay) =>
        remainingHours / Math.Max(1, calendar.WorkingDaysBetween(today, lastDay) + 1);
}
