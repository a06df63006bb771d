using MashSim.Kernel;
using MashSim.Kernel.Calendar;

namespace MashSim.Model.Pathway.Work;

/// <summary>Conference chairs' diary: a fixed number of conference slots each working day, booked first come, first served.</summary>
/// <remarks>
/// A chair holds at most five conferences a day, at 09:30, 11:00, 12:30, 14:00 and 15:30 (90 minutes each, the last
/// ending at 17:00), so a day's slots are shared out over those five times as if held by as many chairs as the count
/// needs: 12 a day are three at each of the first two times and two at each of the others. A conference is booked into
/// the first free slot that starts at or after the time it can be held, on that working day or a later one.
/// </remarks>
internal sealed class ConferenceSlots
{
    private static readonly TimeSpan[] StartTimes =
        [TimeSpan.FromHours(9.5), TimeSpan.FromHours(11), TimeSpan.FromHours(12.5), TimeSpan.FromHours(14), TimeSpan.FromHours(15.5)];

    private readonly WorkingCalendar _calendar;
    private readonly int[] _slotsAt;
    private readonly Dictionary<DateOnly, int[]> _booked = [];

    public ConferenceSlots(WorkingCalendar calendar, int slotsPerWorkingDay)
    {
        _calendar = calendar;
        _slotsAt = new int[StartTimes.Length];
        for (int i = 0; i < StartTimes.Length; i++)
        {
            _slotsAt[i] = slotsPerWorkingDay / StartTimes.Length + (i < slotsPerWorkingDay % StartTimes.Length ? 1 : 0);
        }
    }

    /// <summary>The slots a working day has at each of the five start times (09:30 first).</summary>
    public IReadOnlyList<int> SlotsAtEachTime => _slotsAt;

    /// <summary>Books the first free slot starting at or after <paramref name="earliest"/>, on a working day, and returns when it starts.</summary>
    public SimTime Book(SimTime earliest)
    {
        var from = _calendar.ToDateTime(earliest);
        // A notice past the calendar's reach (SimTime.MaxValue, or a time past its last date) is never: no conference is held.
        if (from == DateTime.MaxValue) return SimTime.MaxValue;
        var day = DateOnly.FromDateTime(from);
        var notBefore = from.TimeOfDay;
        while (true)
        {
            if (_calendar.IsWorkingDay(day))
            {
                var booked = _booked.GetValueOrDefault(day);
                for (int i = 0; i < StartTimes.Length; i++)
                {
                    if (StartTimes[i] < notBefore || (booked?[i] ?? 0) >= _slotsAt[i]) continue;
                    if (booked is null) _booked[day] = booked = new int[StartTimes.Length];
                    booked[i]++;
                    return _calendar.ToSimTime(day.ToDateTime(TimeOnly.MinValue) + StartTimes[i]);
                }
            }
            day = day.AddDays(1);
            notBefore = TimeSpan.Zero;
        }
    }
}
