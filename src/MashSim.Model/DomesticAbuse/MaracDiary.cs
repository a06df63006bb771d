using MashSim.Kernel;
using MashSim.Kernel.Calendar;

namespace MashSim.Model.DomesticAbuse;

/// <summary>When the MARAC meets: every working day, or on one weekday each week or each fortnight (moved to the next working day when that day is a bank holiday).</summary>
internal sealed class MaracDiary(WorkingCalendar calendar, MaracParameters marac)
{
    /// <summary>The first meeting strictly after <paramref name="after"/>.</summary>
    public SimTime NextAfter(SimTime after)
    {
        var day = DateOnly.FromDateTime(calendar.ToDateTime(after));
        while (true)
        {
            var start = calendar.ToSimTime(day.ToDateTime(marac.StartsAt));
            if (start > after && IsMeetingDay(day)) return start;
            day = day.AddDays(1);
        }
    }

    private bool IsMeetingDay(DateOnly day)
    {
        if (!calendar.IsWorkingDay(day)) return false;
        if (marac.Frequency == MaracFrequency.Daily) return true;
        // The week's meeting day, or the first working day after it when it is a holiday.
        var scheduled = day.AddDays(-(((int)day.DayOfWeek - (int)marac.Day + 7) % 7));
        if (marac.Frequency == MaracFrequency.Fortnightly && WeekNumber(scheduled) % 2 != 0) return false;
        var held = scheduled;
        while (!calendar.IsWorkingDay(held)) held = held.AddDays(1);
        return held == day;
    }

    /// <summary>Weeks since the Monday on or before the calendar's epoch, so fortnights are fixed by the calendar alone.</summary>
    private int WeekNumber(DateOnly day)
    {
        var epoch = DateOnly.FromDateTime(calendar.Epoch);
        var firstMonday = epoch.AddDays(-(((int)epoch.DayOfWeek + 6) % 7));
        return (int)Math.Floor((day.DayNumber - firstMonday.DayNumber) / 7.0);
    }
}
