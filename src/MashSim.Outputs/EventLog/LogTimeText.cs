using System.Globalization;
using MashSim.Kernel;

namespace MashSim.Outputs.EventLog;

/// <summary>Writes a simulation time as a log's local date and time in UTF-8: events.csv's <c>yyyy-MM-ddTHH:mm:ss</c> or contacts.csv's <c>yyyy-MM-dd HH:mm</c>.</summary>
/// <remarks>
/// The logs write three or four times a row, and <see cref="DateTime.ToString(string, IFormatProvider)"/> with a
/// custom format was most of a writer's cost. The date part is formatted once per day and kept (one instance per
/// column, so each column's mostly rising times keep hitting it); the time of day is written digit by digit. The time
/// is reached by the same <c>AddMinutes</c> as the format it replaces (events.csv rounds the minutes to three places
/// first), and seconds and minutes are truncated as "ss" and "mm" truncate, so the text is the same.
/// </remarks>
internal sealed class LogTimeText
{
    private readonly DateTime _epoch;
    private readonly bool _eventLog;
    private readonly byte[] _date = new byte[11];
    private long _day = -1;

    private LogTimeText(DateTime epoch, bool eventLog) => (_epoch, _eventLog) = (epoch, eventLog);

    /// <summary>events.csv's times, to the second: <see cref="EventLogFile.Time"/>'s text.</summary>
    public static LogTimeText ForEventLog(DateTime epoch) => new(epoch, eventLog: true);

    /// <summary>contacts.csv's times, to the minute: <c>epoch.AddMinutes(minutes).ToString("yyyy-MM-dd HH:mm")</c>.</summary>
    public static LogTimeText ForContactLog(DateTime epoch) => new(epoch, eventLog: false);

    /// <summary>The most bytes a time takes.</summary>
    public const int MaxLength = 19;

    public ReadOnlySpan<byte> Format(SimTime time, Span<byte> into)
    {
        long ticks = (_eventLog ? EventLogFile.LocalTime(_epoch, time) : _epoch.AddMinutes(time.Minutes)).Ticks;
        long day = ticks / TimeSpan.TicksPerDay;
        if (day != _day)
        {
            new DateTime(day * TimeSpan.TicksPerDay).TryFormat(_date, out _, _eventLog ? "yyyy-MM-dd'T'" : "yyyy-MM-dd' '", CultureInfo.InvariantCulture);
            _day = day;
        }
        int seconds = (int)(ticks % TimeSpan.TicksPerDay / TimeSpan.TicksPerSecond);
        _date.CopyTo(into);
        TwoDigits(into[11..], seconds / 3600);
        into[13] = (byte)':';
        TwoDigits(into[14..], seconds / 60 % 60);
        if (!_eventLog) return into[..16];
        into[16] = (byte)':';
        TwoDigits(into[17..], seconds % 60);
        return into[..19];
    }

    private static void TwoDigits(Span<byte> into, int value)
    {
        into[0] = (byte)('0' + value / 10);
        into[1] = (byte)('0' + value % 10);
    }
}
