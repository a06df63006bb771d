using MashSim.Kernel.Calendar;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Parameters;

/// <summary>When a team works: opening and closing times on working days, or around the clock.</summary>
public sealed record OfficeHours : IValidatable
{
    public required bool AlwaysOpen { get; init; }
    public required TimeOnly Opens { get; init; }
    public required TimeOnly Closes { get; init; }
    public required IReadOnlyList<DayOfWeek> Days { get; init; }
    public required bool ObservesBankHolidays { get; init; }

    public WorkingHours ToWorkingHours() => AlwaysOpen
        ? WorkingHours.AlwaysOpen
        : new WorkingHours(Opens, Closes, Days.ToHashSet(), ObservesBankHolidays);

    /// <summary>The hours the pathway's social workers keep beside a MASH keeping these: the same, or nine to five on weekdays where the MASH is open around the clock (a validation scenario).</summary>
    public WorkingHours ForSocialWorkers() => AlwaysOpen ? WorkingHours.OfficeNineToFive : ToWorkingHours();

    /// <summary>
    /// A problem when a meeting held weekly on <paramref name="day"/> would not fall on a working day of <paramref name="hours"/>
    /// (<paramref name="hoursPath"/> in the scenario): a weekday outside them never comes, and a meeting waiting for it never meets.
    /// </summary>
    public static ValidationProblem? MeetingDayProblem(string property, string meeting, DayOfWeek day, WorkingHours hours, string hoursPath)
    {
        if (hours.Days.Contains(day)) return null;
        var days = hours.Days.OrderBy(d => ((int)d + 6) % 7);
        return new(property, $"{meeting} meets on a working day of {hoursPath} ({string.Join(", ", days)}), not {day}");
    }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (AlwaysOpen) yield break;
        if (Closes <= Opens) yield return new("closes", $"must be after opens ({Opens:HH\\:mm}), not {Closes:HH\\:mm}");
        if (Days.Count == 0) yield return new("days", "needs at least one working day");
        else if (Days.Distinct().Count() != Days.Count) yield return new("days", "lists a day twice");
    }
}
