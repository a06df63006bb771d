using System.Runtime.CompilerServices;

namespace MashSim.Kernel.Calendar;

/// <summary>Maps the simulation clock to dates and answers working-time questions for one team's hours.</summary>
/// <remarks>
/// Work measured in working minutes pauses while the team is closed and resumes at the next opening, so a task
/// started at 16:30 on a Friday with 60 minutes to go finishes at 09:30 on Monday (or Tuesday after a bank holiday).
/// One instance serves one simulation thread: the working-day cache is not shared.
/// </remarks>
public sealed class WorkingCalendar
{
    private const double MinutesPerDay = 1440;

    // Past this many days from the epoch (about 270 years) the answer is computed, not cached, so a stray far-future
    // time cannot make the cache allocate gigabytes.
    private const int MaxCachedDays = 100_000;

    /// <summary>
    /// Calendar days after its start past which work, a deadline or a count is "never" (about 164 years): later than any
    /// run reaches (a horizon is at most a century), and short of the cache's end from any day of a run, so the answer
    /// is quick. A heavy-tailed duration, a mean in the wrong unit or a timescale of two billion working days once
    /// walked day by day to the year 9999 and failed there, or walked millions of days for every case every day.
    /// </summary>
    public const int ReachDays = 60_000;

    private readonly DateOnly _epochDate;
    private readonly int _epochDayNumber;
    private readonly double _epochOffset;
    private readonly double _lastMinute;
    private readonly double _opens;
    private readonly double _closes;
    private readonly bool _alwaysOpen;
    private readonly int _dayMask;
    private sbyte[] _isWorkingDay = new sbyte[512];
    private int[] _workingDaysBefore = [0];   // [d]: working days among day numbers 0 to d - 1

    public WorkingCalendar(DateTime epoch, WorkingHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        Epoch = epoch;
        Hours = hours;
        _epochDate = DateOnly.FromDateTime(epoch);
        _epochDayNumber = _epochDate.DayNumber;
        _epochOffset = epoch.TimeOfDay.TotalMinutes;
        _lastMinute = (DateTime.MaxValue - epoch).TotalMinutes - MinutesPerDay;
        _alwaysOpen = hours.IsAlwaysOpen;
        _opens = hours.Opens.ToTimeSpan().TotalMinutes;
        _closes = _alwaysOpen ? MinutesPerDay : hours.Closes.ToTimeSpan().TotalMinutes;
        foreach (var day in hours.Days) _dayMask |= 1 << (int)day;
    }

    /// <summary>The date and time of simulation time zero.</summary>
    public DateTime Epoch { get; }
    public WorkingHours Hours { get; }

    /// <summary>The date and time of <paramref name="t"/>; <see cref="DateTime.MaxValue"/> for <see cref="SimTime.MaxValue"/> ("never") or any time past the last date.</summary>
    public DateTime ToDateTime(SimTime t) => t.Minutes < _lastMinute ? Epoch.AddMinutes(t.Minutes) : DateTime.MaxValue;
    public SimTime ToSimTime(DateTime dateTime) => new((dateTime - Epoch).TotalMinutes);

    public bool IsWorkingDay(DateOnly date) => IsWorkingDay(DayIndex(date));

    public bool IsOpen(SimTime t)
    {
        if (_alwaysOpen) return true;
        double abs = t.Minutes + _epochOffset;
        int day = DayOf(abs);
        double minuteOfDay = abs - day * MinutesPerDay;
        return IsWorkingDay(day) && minuteOfDay >= _opens && minuteOfDay < _closes;
    }

    /// <summary>The next moment the team is open: <paramref name="t"/> itself when open now.</summary>
    public SimTime NextOpening(SimTime t)
    {
        if (_alwaysOpen) return t;
        double abs = t.Minutes + _epochOffset;
        int day = DayOf(abs);
        double minuteOfDay = abs - day * MinutesPerDay;
        if (IsWorkingDay(day))
        {
            if (minuteOfDay < _opens) return FromAbsolute(day * MinutesPerDay + _opens);
            if (minuteOfDay < _closes) return t;
        }
        return FromAbsolute(NextWorkingDay(day) * MinutesPerDay + _opens);
    }

    /// <summary>When the open period running now ends, or, when closed, when the next open period ends.</summary>
    public SimTime NextClosing(SimTime t)
    {
        if (_alwaysOpen) return SimTime.MaxValue;
        var opening = NextOpening(t);
        int day = DayOf(opening.Minutes + _epochOffset);
        return FromAbsolute(day * MinutesPerDay + _closes);
    }

    /// <summary>When <paramref name="minutes"/> of work started at <paramref name="start"/> is done, pausing while closed; <see cref="SimTime.MaxValue"/> (never) past <see cref="ReachDays"/>.</summary>
    public SimTime AddWorkingMinutes(SimTime start, double minutes)
    {
        // NaN and infinity are refused too: with office hours an endless task would loop here for ever.
        if (!(minutes >= 0) || double.IsPositiveInfinity(minutes))
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "Work takes a finite, non-negative number of minutes.");
        }
        // Open or not, the work cannot end sooner than this many minutes on.
        if (minutes >= ReachDays * MinutesPerDay) return SimTime.MaxValue;
        if (minutes == 0 || _alwaysOpen) return new SimTime(start.Minutes + minutes);
        double abs = NextOpening(start).Minutes + _epochOffset;
        int never = DayOf(start.Minutes + _epochOffset) + ReachDays;
        while (true)
        {
            int day = DayOf(abs);
            if (day >= never) return SimTime.MaxValue;
            double closes = day * MinutesPerDay + _closes;
            double available = closes - abs;
            if (minutes <= available) return FromAbsolute(abs + minutes);
            minutes -= available;
            abs = NextWorkingDay(day) * MinutesPerDay + _opens;
        }
    }

    /// <summary>Open minutes in [<paramref name="from"/>, <paramref name="to"/>); zero when <paramref name="to"/> is not later.</summary>
    public double WorkingMinutesBetween(SimTime from, SimTime to)
    {
        if (to <= from) return 0;
        // Past the reach is never: not counted, and not walked day by day.
        to = new SimTime(Math.Min(to.Minutes, from.Minutes + ReachDays * MinutesPerDay));
        if (_alwaysOpen) return to.Minutes - from.Minutes;
        double start = from.Minutes + _epochOffset, end = to.Minutes + _epochOffset;
        double total = 0;
        for (int day = DayOf(start); day * MinutesPerDay < end; day++)
        {
            if (!IsWorkingDay(day)) continue;
            double open = Math.Max(start, day * MinutesPerDay + _opens);
            double close = Math.Min(end, day * MinutesPerDay + _closes);
            if (close > open) total += close - open;
        }
        return total;
    }

    /// <summary>The date <paramref name="days"/> working days after <paramref name="date"/> (which need not be a working day).</summary>
    /// <remarks><see cref="DateOnly.MaxValue"/> (never) past <see cref="ReachDays"/>, or from never.</remarks>
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days >= ReachDays || date.DayNumber > DateOnly.MaxValue.DayNumber - ReachDays) return DateOnly.MaxValue;
        int day = DayIndex(date), never = day + ReachDays;
        for (int counted = 0; counted < days; counted++)
        {
            day = NextWorkingDay(day);
            if (day >= never) return DateOnly.MaxValue;
        }
        return _epochDate.AddDays(day);
    }

    /// <summary>Working days d with <paramref name="from"/> &lt; d &lt;= <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        // Past the reach is never (a due date of never, say): not counted, and not walked day by day.
        int first = DayIndex(from) + 1, last = (int)Math.Min(DayIndex(to), (long)DayIndex(from) + ReachDays);
        // A difference of running counts: the pathway asks this for every assessment and visit of every worker every day.
        if (first >= 0 && last < MaxCachedDays) return WorkingDaysBefore(last + 1) - WorkingDaysBefore(first);
        int count = 0;
        for (int day = first; day <= last; day++)
        {
            if (IsWorkingDay(day)) count++;
        }
        return count;
    }

    /// <summary>The deadline of "within N working days" of <paramref name="t"/>: the clock starts at the next opening, and the deadline is the same time of day N working days later.</summary>
    /// <remarks><see cref="SimTime.MaxValue"/> (never) past <see cref="ReachDays"/>.</remarks>
    public SimTime DeadlineAfterWorkingDays(SimTime t, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days >= ReachDays) return SimTime.MaxValue;
        if (_alwaysOpen) return new SimTime(t.Minutes + days * MinutesPerDay);
        double abs = NextOpening(t).Minutes + _epochOffset;
        int day = DayOf(abs);
        double timeOfDay = abs - day * MinutesPerDay;
        int deadlineDay = day;
        for (int counted = 0; counted < days; counted++)
        {
            deadlineDay = NextWorkingDay(deadlineDay);
            if (deadlineDay - day >= ReachDays) return SimTime.MaxValue;
        }
        return FromAbsolute(deadlineDay * MinutesPerDay + timeOfDay);
    }

    private int DayIndex(DateOnly date) => date.DayNumber - _epochDayNumber;

    /// <summary>Working days among day numbers 0 to <paramref name="day"/> - 1, extending the running count as far as asked.</summary>
    private int WorkingDaysBefore(int day)
    {
        if (day >= _workingDaysBefore.Length)
        {
            int known = _workingDaysBefore.Length;
            Array.Resize(ref _workingDaysBefore, Math.Min(MaxCachedDays + 1, Math.Max(day + 1, known * 2)));
            for (int d = known; d < _workingDaysBefore.Length; d++) _workingDaysBefore[d] = _workingDaysBefore[d - 1] + (IsWorkingDay(d - 1) ? 1 : 0);
        }
        return _workingDaysBefore[day];
    }

    private static int DayOf(double absoluteMinutes) => (int)Math.Floor(absoluteMinutes / MinutesPerDay);

    private SimTime FromAbsolute(double absoluteMinutes) => new(absoluteMinutes - _epochOffset);

    private int NextWorkingDay(int day)
    {
        do day++;
        while (!IsWorkingDay(day));
        return day;
    }

    /// <summary>Whether day number <paramref name="day"/> (0 = the epoch's date) is a working day, cached.</summary>
    /// <remarks>The cached answer inline, the rest out of line: the app's code is compiled without profile-guided
    /// inlining, and this is asked on every working-day sum and opening.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsWorkingDay(int day)
    {
        var cache = _isWorkingDay;
        if ((uint)day < (uint)cache.Length && cache[day] != 0) return cache[day] > 0;
        return IsWorkingDayUncached(day);
    }

    private bool IsWorkingDayUncached(int day)
    {
        if (day < 0 || day >= MaxCachedDays) return ComputeIsWorkingDay(_epochDate.AddDays(day));
        if (day >= _isWorkingDay.Length) Array.Resize(ref _isWorkingDay, Math.Min(MaxCachedDays, Math.Max(day + 1, _isWorkingDay.Length * 2)));
        ref sbyte cached = ref _isWorkingDay[day];
        if (cached == 0) cached = ComputeIsWorkingDay(_epochDate.AddDays(day)) ? (sbyte)1 : (sbyte)-1;
        return cached > 0;
    }

    private bool ComputeIsWorkingDay(DateOnly date) =>
        (_dayMask & (1 << (int)date.DayOfWeek)) != 0 && !(Hours.ObservesBankHolidays && EnglandBankHolidays.IsBankHoliday(date));
}
