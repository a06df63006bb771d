namespace MashSim.Kernel.Calendar;

/// <summary>When a team works: an opening and closing time on the working days of the week, or around the clock.</summary>
public sealed record WorkingHours
{
    private static readonly DayOfWeek[] MondayToFriday = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Hours from <paramref name="opens"/> to <paramref name="closes"/> on the same day, on each of <paramref name="days"/>.</summary>
    /// <exception cref="ArgumentException">Closing is not after opening, or there are no working days.</exception>
    public WorkingHours(TimeOnly opens, TimeOnly closes, IReadOnlySet<DayOfWeek> days, bool observesBankHolidays)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (closes <= opens) throw new ArgumentException($"Closing time {closes:HH:mm} must be after opening time {opens:HH:mm} on the same day.", nameof(closes));
        if (days.Count == 0) throw new ArgumentException("At least one working day is needed.", nameof(days));
        foreach (var day in days)
        {
            if (!Enum.IsDefined(day)) throw new ArgumentException($"{(int)day} is not a day of the week.", nameof(days));
        }
        Opens = opens;
        Closes = closes;
        // A copy, so a caller changing its set later cannot change the hours under a calendar that cached them.
        Days = days.ToHashSet();
        ObservesBankHolidays = observesBankHolidays;
    }

    private WorkingHours()
    {
        Opens = TimeOnly.MinValue;
        Closes = TimeOnly.MaxValue;
        Days = Enum.GetValues<DayOfWeek>().ToHashSet();
        IsAlwaysOpen = true;
    }

    public TimeOnly Opens { get; }
    public TimeOnly Closes { get; }
    public IReadOnlySet<DayOfWeek> Days { get; }
    public bool ObservesBankHolidays { get; }

    /// <summary>Open every minute of every day, bank holidays included (an emergency duty team, or a queueing-theory check).</summary>
    public bool IsAlwaysOpen { get; }

    public static WorkingHours AlwaysOpen { get; } = new();

    /// <summary>Monday to Friday, 09:00 to 17:00, closed on bank holidays.</summary>
    public static WorkingHours OfficeNineToFive { get; } = Office(new TimeOnly(9, 0), new TimeOnly(17, 0));

    /// <summary>Monday to Friday between the given times, closed on bank holidays.</summary>
    public static WorkingHours Office(TimeOnly opens, TimeOnly closes) => new(opens, closes, MondayToFriday.ToHashSet(), observesBankHolidays: true);

    // The generated equality would compare the day sets by reference, so two identical office presets would differ.
    public bool Equals(WorkingHours? other) =>
        other is not null
        && Opens == other.Opens
        && Closes == other.Closes
        && ObservesBankHolidays == other.ObservesBankHolidays
        && IsAlwaysOpen == other.IsAlwaysOpen
        && Days.SetEquals(other.Days);

    public override int GetHashCode()
    {
        int dayMask = 0;
        foreach (var day in Days) dayMask |= 1 << (int)day;
        return HashCode.Combine(Opens, Closes, dayMask, ObservesBankHolidays, IsAlwaysOpen);
    }
}
