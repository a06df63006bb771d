using MashSim.Kernel;
using MashSim.Kernel.Calendar;

namespace MashSim.Model.Pathway.Work;

/// <summary>Conference chairs' diary: a fixed number of conference slots each working day, booked first come, first served.</summary>
/// <remarks>
/// Known fault, not intended: a day's slots are laid end to end from 09:30, 90 minutes apart, so past the fifth they run
/// beyond the working day (the default's 12th begins at 02:00 the next morning; 100 run to about 148 hours past 09:30)
/// instead of being held that day by several chairs at once. Holding them in the day moves two calibrated results
/// (cumbria-2016-10's initial conferences per referral, lancashire-2017-10's caseload cap what-if), so the change waits
/// for the scenarios to be calibrated again with it. The count a day, which sets the conference capacity, is right.
/// </remarks>
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
