namespace MashSim.Kernel.Calendar;

/// <summary>When a team works: an opening and closing time on the working days of the week, or around the clock.</summary>
public sealed record WorkingHours
{
    private static readonly DayOfWeek[] MondayToFriday = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public WorkingHours(TimeOnly opens, TimeOnly closes, IReadOnlySet<DayOfWeek> days, bool observesBankHolidays)
    {
        if (closes <= opens) throw new ArgumentException($"Closing time {closes:HH:mm} must be after opening time {opens:HH:mm} on the same day.", nameof(closes));
        if (days.Count == 0) throw new ArgumentException("At least one working day is needed.", nameof(days));
        Opens = opens;
        Closes = closes;
        Days = days;
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
}
