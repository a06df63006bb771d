using System.Collections.Concurrent;

namespace MashSim.Kernel.Calendar;

/// <summary>Bank holidays in England and Wales for any year, from the rules plus the known one-off changes.</summary>
/// <remarks>
/// Rules: New Year's Day, Good Friday, Easter Monday, the first and last Mondays of May, the last Monday of August,
/// Christmas Day and Boxing Day, with substitute weekdays when a fixed date falls at a weekend. One-off changes
/// (jubilees, royal events, VE Day anniversaries) are a table: they are proclamations, not rules.
/// </remarks>
public static class EnglandBankHolidays
{
    private static readonly ConcurrentDictionary<int, HashSet<DateOnly>> Cache = new();

    /// <summary>Holidays moved by proclamation: the date the rule gives -> the date it moved to.</summary>
    private static readonly Dictionary<DateOnly, DateOnly> Moved = new()
    {
        [new DateOnly(1995, 5, 1)] = new DateOnly(1995, 5, 8),   // VE Day 50th anniversary
        [new DateOnly(2002, 5, 27)] = new DateOnly(2002, 6, 4),  // Golden Jubilee
        [new DateOnly(2012, 5, 28)] = new DateOnly(2012, 6, 4),  // Diamond Jubilee
        [new DateOnly(2020, 5, 4)] = new DateOnly(2020, 5, 8),   // VE Day 75th anniversary
        [new DateOnly(2022, 5, 30)] = new DateOnly(2022, 6, 2),  // Platinum Jubilee
    };

    /// <summary>One-off holidays added by proclamation, on top of the year's rule dates.</summary>
    private static readonly DateOnly[] Extra =
    [
        new(1999, 12, 31), // Millennium
        new(2002, 6, 3),   // Golden Jubilee
        new(2011, 4, 29),  // Royal wedding
        new(2012, 6, 5),   // Diamond Jubilee
        new(2022, 6, 3),   // Platinum Jubilee
        new(2022, 9, 19),  // State funeral of Queen Elizabeth II
        new(2023, 5, 8),   // Coronation of King Charles III
    ];

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The year's bank holidays in date order.</summary>
    public static IReadOnlyList<DateOnly> For(int year) => Holidays(year).Order().ToArray();

    public static bool IsBankHoliday(DateOnly date) => Holidays(date.Year).Contains(date);

    private static HashSet<DateOnly> Holidays(int year) => Cache.GetOrAdd(year, Compute);

    private static HashSet<DateOnly> Compute(int year)
    {
        var easter = EasterSunday(year);
        var byRule = new List<DateOnly>
        {
            NextWeekday(new DateOnly(year, 1, 1)),
            easter.AddDays(-2),
            easter.AddDays(1),
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
        };
        // Christmas and Boxing Day: a weekend date moves to the next weekday not already taken.
        var christmas = NextWeekday(new DateOnly(year, 12, 25));
        var boxingDay = NextWeekday(new DateOnly(year, 12, 26));
        if (boxingDay <= christmas) boxingDay = NextWeekday(christmas.AddDays(1));
        byRule.Add(christmas);
        byRule.Add(boxingDay);

        var holidays = byRule.Select(d => Moved.GetValueOrDefault(d, d)).ToHashSet();
        foreach (var extra in Extra.Where(d => d.Year == year)) holidays.Add(extra);
        return holidays;
    }

    private static DateOnly NextWeekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
