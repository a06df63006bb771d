namespace MashSim.Model.Recording;

/// <summary>The unit an outcome is measured in; a share is stored as a fraction and shown as a percentage.</summary>
public enum KpiUnit
{
    Share,
    Hours,
    Contacts,
    PerHour,
    Children,
    Days,
    WorkingDays,
    PerYear,
    Months,
    Workers,
}
