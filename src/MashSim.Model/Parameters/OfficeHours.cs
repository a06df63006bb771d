using MashSim.Kernel.Calendar;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Parameters;

/// <summary>When a team works: opening and closing times on working days, or around the clock.</summary>
public sealed record OfficeHours : IValidatable
{
    public bool AlwaysOpen { get; init; }
    public TimeOnly Opens { get; init; } = new(9, 0);
    public TimeOnly Closes { get; init; } = new(17, 0);
    public IReadOnlyList<DayOfWeek> Days { get; init; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    public bool ObservesBankHolidays { get; init; } = true;

    public WorkingHours ToWorkingHours() => AlwaysOpen
        ? WorkingHours.AlwaysOpen
        : new WorkingHours(Opens, Closes, Days.ToHashSet(), ObservesBankHolidays);

    public IEnumerable<ValidationProblem> Validate()
    {
        if (AlwaysOpen) yield break;
        if (Closes <= Opens) yield return new("closes", $"must be after opens ({Opens:HH\\:mm}), not {Closes:HH\\:mm}");
        if (Days.Count == 0) yield return new("days", "needs at least one working day");
        else if (Days.Distinct().Count() != Days.Count) yield return new("days", "lists a day twice");
    }
}
