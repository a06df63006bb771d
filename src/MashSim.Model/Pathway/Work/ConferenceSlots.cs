using MashSim.Kernel;
using MashSim.Kernel.Calendar;

namespace MashSim.Model.Pathway.Work;

/// <summary>Conference chairs' diary: a fixed number of conference slots each working day, booked first come, first served.</summary>
internal sealed class ConferenceSlots(WorkingCalendar calendar, int slotsPerWorkingDay)
{
    private static readonly TimeSpan FirstSlot = TimeSpan.FromHours(9.5);
    private static readonly TimeSpan SlotLength = TimeSpan.FromMinutes(90);
    private readonly Dictionary<DateOnly, int> _booked = [];

    /// <summary>Books the first free slot on a working day on or after <paramref name="earliest"/>'s date and returns when it starts.</summary>
    public SimTime Book(SimTime earliest)
    {
        // A notice past the calendar's reach (SimTime.MaxValue, or a time past its last date) is never: no conference is held.
        if (calendar.ToDateTime(earliest) == DateTime.MaxValue) return SimTime.MaxValue;
        var day = DateOnly.FromDateTime(calendar.ToDateTime(earliest));
        if (calendar.ToDateTime(earliest).TimeOfDay > FirstSlot + SlotLength * (slotsPerWorkingDay - 1)) day = day.AddDays(1);
        while (true)
        {
            int taken = _booked.GetValueOrDefault(day);
            if (calendar.IsWorkingDay(day) && taken < slotsPerWorkingDay)
            {
                var start = calendar.ToSimTime(day.ToDateTime(TimeOnly.MinValue) + FirstSlot + SlotLength * taken);
                if (start >= earliest)
                {
                    _booked[day] = taken + 1;
                    return start;
                }
            }
            day = day.AddDays(1);
        }
    }
}
