using FsCheck;
using FsCheck.Xunit;
using MashSim.Kernel.Calendar;

namespace MashSim.Kernel.Tests.PropertyBased;

/// <summary>Properties of working-day arithmetic and the event loop, checked on inputs FsCheck draws (hundreds of cases each).</summary>
public class KernelProperties
{
    private static readonly DateTime Epoch = new(2017, 11, 6);
    private static readonly WorkingCalendar Office = new(Epoch, WorkingHours.OfficeNineToFive);

    private static int Wrap(int value, int size) => ((value % size) + size) % size;

    /// <summary>A date between 2000 and 2040, so every kind of bank holiday and leap year is reached.</summary>
    private static DateOnly DateFrom(int value) => new DateOnly(2000, 1, 1).AddDays(Wrap(value, 41 * 365));

    private static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !EnglandBankHolidays.IsBankHoliday(date);

    [Property(MaxTest = 300)]
    public void Adding_working_days_lands_on_a_working_day_and_skips_every_weekend_and_bank_holiday(int start, int count)
    {
        var from = DateFrom(start);
        int days = Wrap(count, 300);
        var to = Office.AddWorkingDays(from, days);
        Assert.True(to >= from);
        Assert.Equal(days, Office.WorkingDaysBetween(from, to));
        if (days == 0) return;
        Assert.True(IsWorkingDay(to), $"{to} is not a working day");
        var next = Office.AddWorkingDays(from, days + 1);
        Assert.True(next > to, "one more working day must be later");
        // Every day strictly between two consecutive working days is a weekend day or a bank holiday.
        for (var day = to.AddDays(1); day < next; day = day.AddDays(1)) Assert.False(IsWorkingDay(day), $"{day} was skipped but is a working day");
    }

    [Property(MaxTest = 300)]
    public void Working_days_between_is_monotone_in_the_end_date(int start, int first, int second)
    {
        var from = DateFrom(start);
        var a = from.AddDays(Wrap(first, 800));
        var b = from.AddDays(Wrap(second, 800));
        if (b < a) (a, b) = (b, a);
        Assert.True(Office.WorkingDaysBetween(from, a) <= Office.WorkingDaysBetween(from, b));
        Assert.Equal(Office.WorkingDaysBetween(from, b), Office.WorkingDaysBetween(from, a) + Office.WorkingDaysBetween(a, b));
    }

    [Property(MaxTest = 300)]
    public void Adding_working_minutes_is_monotone_and_counts_only_open_minutes(int start, int later, int work)
    {
        var t = new SimTime(Wrap(start, 3 * 365 * 1440));
        var u = new SimTime(t.Minutes + Wrap(later, 10 * 1440));
        double minutes = Wrap(work, 30 * 480);
        var end = Office.AddWorkingMinutes(t, minutes);
        Assert.True(end >= t);
        Assert.True(Office.AddWorkingMinutes(u, minutes) >= end, "starting later never finishes earlier");
        Assert.True(Office.AddWorkingMinutes(t, minutes + 1) > end, "more work never finishes sooner");
        Assert.Equal(minutes, Office.WorkingMinutesBetween(t, end), 6);
        if (minutes > 0) Assert.True(IsWorkingDay(DateOnly.FromDateTime(Office.ToDateTime(end).AddTicks(-1))), "work ends on a working day");
    }

    /// <summary>Each event schedules more, at delays and priorities drawn from the test's numbers; the loop must hand them out in order of time.</summary>
    private sealed class Spawner(Simulation simulation, int[] delays, List<(double Scheduled, double Ran)> log) : IEventHandler
    {
        private int _next;

        public void Schedule(double delay, int priority) =>
            simulation.Schedule(new SimDuration(delay), this, subject: simulation.Now.Minutes + delay, priority: priority);

        public void Handle(int tag, object? subject)
        {
            log.Add(((double)subject!, simulation.Now.Minutes));
            for (int child = 0; child < 2 && _next < delays.Length; child++, _next++)
                Schedule(Wrap(delays[_next], 500) / 4.0, Wrap(delays[_next], 3) - 1);
        }
    }

    [Property(MaxTest = 200)]
    public void The_kernel_never_runs_an_event_before_an_earlier_one(int[] initial, int[] spawned)
    {
        initial ??= [];
        spawned ??= [];
        var simulation = new Simulation();
        var log = new List<(double Scheduled, double Ran)>();
        var spawner = new Spawner(simulation, spawned, log);
        foreach (int delay in initial) spawner.Schedule(Wrap(delay, 1000) / 2.0, Wrap(delay, 3) - 1);
        simulation.Run();
        // Each event handled takes up to two of the spawned delays, so once anything runs every one of them is used.
        Assert.Equal(initial.Length == 0 ? 0 : initial.Length + spawned.Length, log.Count);
        for (int i = 0; i < log.Count; i++)
        {
            Assert.Equal(log[i].Scheduled, log[i].Ran);
            if (i > 0) Assert.True(log[i].Ran >= log[i - 1].Ran, $"event {i} ran at {log[i].Ran}, after one at {log[i - 1].Ran}");
        }
    }

    [Property(MaxTest = 300)]
    public void The_agenda_heap_hands_out_exactly_what_a_sorted_queue_would_under_any_mix_of_adds_and_takes(int[] operations)
    {
        operations ??= [];
        var heap = new EventHeap<int>();
        var reference = new PriorityQueue<int, EventKey>();
        long sequence = 0;
        foreach (int op in operations)
        {
            // Two in three operations add (few distinct times and priorities, so ties are common), one in three takes.
            if (Wrap(op, 3) < 2)
            {
                var key = new EventKey(Wrap(op / 3, 20) / 2.0, (short)(Wrap(op / 60, 3) - 1), sequence);
                heap.Enqueue((int)sequence, key);
                reference.Enqueue((int)sequence, key);
                sequence++;
            }
            else
            {
                Assert.Equal(reference.TryDequeue(out int expected, out var expectedKey), heap.TryDequeue(out int actual, out var actualKey));
                Assert.Equal((expected, expectedKey), (actual, actualKey));
            }
            Assert.Equal(reference.Count, heap.Count);
        }
        while (reference.TryDequeue(out int expected, out _))
        {
            Assert.True(heap.TryPeek(out int peeked, out _));
            Assert.True(heap.TryDequeue(out int actual, out _));
            Assert.Equal((expected, expected), (peeked, actual));
        }
        Assert.False(heap.TryDequeue(out _, out _));
    }
}
