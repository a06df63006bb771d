namespace MashSim.Kernel.Arrivals;

/// <summary>An arrival rate per minute for each of the 168 hours of the week (Monday 00:00 first), scaled by a factor per calendar month.</summary>
public sealed class WeeklyRateProfile
{
    private readonly double[] _ratePerMinuteByWeekHour;
    private readonly double[] _monthFactor;

    public WeeklyRateProfile(IReadOnlyList<double> ratePerMinuteByWeekHour, IReadOnlyList<double>? monthFactor = null)
    {
        if (ratePerMinuteByWeekHour.Count != 168) throw new ArgumentException("A weekly profile needs 168 hourly rates.", nameof(ratePerMinuteByWeekHour));
        if (ratePerMinuteByWeekHour.Any(r => !(r >= 0) || double.IsInfinity(r))) throw new ArgumentException("Rates must be finite and non-negative.", nameof(ratePerMinuteByWeekHour));
        monthFactor ??= Enumerable.Repeat(1.0, 12).ToArray();
        if (monthFactor.Count != 12 || monthFactor.Any(f => !(f >= 0) || double.IsInfinity(f))) throw new ArgumentException("Month factors need 12 finite non-negative values.", nameof(monthFactor));
        _ratePerMinuteByWeekHour = ratePerMinuteByWeekHour.ToArray();
        _monthFactor = monthFactor.ToArray();
        MaxRatePerMinute = _ratePerMinuteByWeekHour.Max() * _monthFactor.Max();
        IsConstant = _ratePerMinuteByWeekHour.All(r => r == _ratePerMinuteByWeekHour[0]) && _monthFactor.All(f => f == _monthFactor[0]);
    }

    /// <summary>A constant rate, every hour of every day.</summary>
    public static WeeklyRateProfile Constant(double ratePerMinute) => new(Enumerable.Repeat(ratePerMinute, 168).ToArray());

    public double MaxRatePerMinute { get; }

    /// <summary>The same rate at every moment: a homogeneous Poisson process, which needs no thinning.</summary>
    public bool IsConstant { get; }

    public double RatePerMinute(DateTime when)
    {
        int weekHour = ((int)when.DayOfWeek + 6) % 7 * 24 + when.Hour;
        return _ratePerMinuteByWeekHour[weekHour] * _monthFactor[when.Month - 1];
    }
}
