namespace MashSim.Kernel;

/// <summary>A point on the simulation clock, in minutes since the start of the run.</summary>
/// <remarks>
/// One time type for the whole engine (SimSharp's two APIs were a pitfall). Dates appear only at the
/// edges, through the working calendar, which knows the run's start date.
/// </remarks>
public readonly record struct SimTime(double Minutes) : IComparable<SimTime>
{
    public static readonly SimTime Zero = new(0);
    public static readonly SimTime MaxValue = new(double.MaxValue);

    public double Hours => Minutes / 60.0;
    public double Days => Minutes / 1440.0;

    public static SimTime FromHours(double hours) => new(hours * 60.0);
    public static SimTime FromDays(double days) => new(days * 1440.0);

    public int CompareTo(SimTime other) => Minutes.CompareTo(other.Minutes);

    /// <summary>A time that may not have happened yet, packed into a double: NaN for none (no time is ever NaN), 8 bytes where a nullable takes 16.</summary>
    public static double Pack(SimTime? time) => time is { } t ? t.Minutes : double.NaN;

    /// <summary>The time <see cref="Pack"/> stored, or null for none.</summary>
    public static SimTime? Unpack(double packed) => double.IsNaN(packed) ? null : new SimTime(packed);

    public static SimTime operator +(SimTime t, SimDuration d) => new(t.Minutes + d.Minutes);
    public static SimTime operator -(SimTime t, SimDuration d) => new(t.Minutes - d.Minutes);
    public static SimDuration operator -(SimTime a, SimTime b) => new(a.Minutes - b.Minutes);
    public static bool operator <(SimTime a, SimTime b) => a.Minutes < b.Minutes;
    public static bool operator >(SimTime a, SimTime b) => a.Minutes > b.Minutes;
    public static bool operator <=(SimTime a, SimTime b) => a.Minutes <= b.Minutes;
    public static bool operator >=(SimTime a, SimTime b) => a.Minutes >= b.Minutes;

    public override string ToString() => $"{Minutes:0.###}min";
}

/// <summary>A length of simulated time, in minutes.</summary>
public readonly record struct SimDuration(double Minutes) : IComparable<SimDuration>
{
    public static readonly SimDuration Zero = new(0);

    public double Hours => Minutes / 60.0;
    public double Days => Minutes / 1440.0;

    public static SimDuration FromHours(double hours) => new(hours * 60.0);
    public static SimDuration FromDays(double days) => new(days * 1440.0);

    public int CompareTo(SimDuration other) => Minutes.CompareTo(other.Minutes);

    public static SimDuration operator +(SimDuration a, SimDuration b) => new(a.Minutes + b.Minutes);
    public static bool operator <(SimDuration a, SimDuration b) => a.Minutes < b.Minutes;
    public static bool operator >(SimDuration a, SimDuration b) => a.Minutes > b.Minutes;
    public static bool operator <=(SimDuration a, SimDuration b) => a.Minutes <= b.Minutes;
    public static bool operator >=(SimDuration a, SimDuration b) => a.Minutes >= b.Minutes;

    public override string ToString() => $"{Minutes:0.###}min";
}
