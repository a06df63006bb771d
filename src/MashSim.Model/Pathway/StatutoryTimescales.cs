using MashSim.Kernel;
using MashSim.Kernel.Calendar;

namespace MashSim.Model.Pathway;

/// <summary>Working Together's timescales, counted in whole working days on the calendar.</summary>
public static class StatutoryTimescales
{
    /// <summary>An initial conference is in time on or before the N-th working day after the strategy discussion's day: day N+1 is late.</summary>
    public static bool InitialConferenceInTime(WorkingCalendar calendar, SimTime strategyDiscussion, SimTime conference, int timescaleWorkingDays) =>
        WorkingDaysFrom(calendar, strategyDiscussion, conference) <= timescaleWorkingDays;

    /// <summary>Working days from the date of <paramref name="from"/> to the date of <paramref name="to"/> (0 on the same day).</summary>
    public static int WorkingDaysFrom(WorkingCalendar calendar, SimTime from, SimTime to) =>
        calendar.WorkingDaysBetween(DateOnly.FromDateTime(calendar.ToDateTime(from)), DateOnly.FromDateTime(calendar.ToDateTime(to)));
}
