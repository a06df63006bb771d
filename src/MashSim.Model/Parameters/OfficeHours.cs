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

    public IEnumerable<ValidationProblem> Validate()
    {
        if (AlwaysOpen) yield break;
        if (Closes <= Opens) yield return new("closes", $"must be after opens ({Opens:HH\\:mm}), not {Closes:HH\\:mm}");
        if (Days.Count == 0) yield return new("days", "needs at least one working day");
        else if (Days.Distinct().Count() != Days.Count) yield return new("days", "lists a day twice");
    }
}
