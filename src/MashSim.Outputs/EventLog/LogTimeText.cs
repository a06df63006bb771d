using System.Globalization;
using MashSim.Kernel;

namespace MashSim.Outputs.EventLog;

/// <summary>Writes a simulation time as the event log's local date and time, <c>yyyy-MM-ddTHH:mm:ss</c>, in UTF-8: the text of <see cref="EventLogFile.Time"/>.</summary>
/// <remarks>
/// The log writes three times a row, and <see cref="DateTime.ToString(string, IFormatProvider)"/> with a custom format
/// was most of the writer's cost. The date part is formatted once per day and kept (one instance per column, so each
/// column's mostly rising times keep hitting it); the time of day is written digit by digit. The time is reached by the
/// same <c>AddMinutes(Math.Round(minutes, 3))</c>, and seconds are truncated as "ss" truncates, so the text is the same.
/// </remarks>
internal sealed class LogTimeText(DateTime epoch)
{
    public const int Length = 19;

    private readonly byte[] _date = new byte[11];
    private long _day = -1;

    public ReadOnlySpan<byte> Format(SimTime time, Span<byte> into)
    {
        long ticks = epoch.AddMinutes(Math.Round(time.Minutes, 3)).Ticks;
        long day = ticks / TimeSpan.TicksPerDay;
        if (day != _day)
        {
            new DateTime(day * TimeSpan.TicksPerDay).TryFormat(_date, out _, "yyyy-MM-dd'T'", CultureInfo.InvariantCulture);
            _day = day;
        }
        int seconds = (int)(ticks % TimeSpan.TicksPerDay / TimeSpan.TicksPerSecond);
        _date.CopyTo(into);
        TwoDigits(into[11..], seconds / 3600);
        into[13] = (byte)':';
        TwoDigits(into[14..], seconds / 60 % 60);
        into[16] = (byte)':';
        TwoDigits(into[17..], seconds % 60);
        return into[..Length];
    }

    private static void TwoDigits(Span<byte> into, int value)
    {
        into[0] = (byte)('0' + value / 10);
        into[1] = (byte)('0' + value % 10);
    }
}
