namespace MashSim.Kernel.Arrivals;

/// <summary>An arrival rate per minute for each of the 168 hours of the week (Monday 00:00 first), scaled by a factor per calendar month and by yearly growth.</summary>
public sealed class WeeklyRateProfile
{
    private readonly double[] _ratePerMinuteByWeekHour;
    private readonly double[] _monthFactor;
    private readonly double _annualGrowth;
    private readonly DateTime _growthFrom;

    /// <param name="ratePerMinuteByWeekHour">168 hourly rates, Monday 00:00 first.</param>
    /// <param name="monthFactor">12 factors, January first; none means 1.</param>
    /// <param name="annualGrowth">The yearly growth of every rate (0.1 for 10% a year), compounding from <paramref name="growthFrom"/>.</param>
    /// <param name="growthFrom">When the rates are as given.</param>
    public WeeklyRateProfile(IReadOnlyList<double> ratePerMinuteByWeekHour, IReadOnlyList<double>? monthFactor = null, double annualGrowth = 0, DateTime growthFrom = default)
    {
        if (!(annualGrowth > -1) || double.IsInfinity(annualGrowth)) throw new ArgumentOutOfRangeException(nameof(annualGrowth), annualGrowth, "Growth must be above -100% a year.");
        _annualGrowth = annualGrowth;
        _growthFrom = growthFrom;
        if (ratePerMinuteByWeekHour.Count != 168) throw new ArgumentException("A weekly profile needs 168 hourly rates.", nameof(ratePerMinuteByWeekHour));
        if (ratePerMinuteByWeekHour.Any(r => !(r >= 0) || double.IsInfinity(r))) throw new ArgumentException("Rates must be finite and non-negative.", nameof(ratePerMinuteByWeekHour));
        monthFactor ??= Enumerable.Repeat(1.0, 12).ToArray();
        if (monthFactor.Count != 12 || monthFactor.Any(f => !(f >= 0) || double.IsInfinity(f))) throw new ArgumentException("Month factors need 12 finite non-negative values.", nameof(monthFactor));
        _ratePerMinuteByWeekHour = ratePerMinuteByWeekHour.ToArray();
        _monthFactor = monthFactor.ToArray();
        MaxRatePerMinute = _ratePerMinuteByWeekHour.Max() * _monthFactor.Max();
        IsConstant = _ratePerMinuteByWeekHour.All(r => r == _ratePerMinuteByWeekHour[0]) && _monthFactor.All(f => f == _monthFactor[0]) && annualGrowth == 0;
    }

    /// <summary>A constant rate, every hour of every day.</summary>
    public static WeeklyRateProfile Constant(double ratePerMinute) => new(Enumerable.Repeat(ratePerMinute, 168).ToArray());

    /// <summary>The highest rate before growth.</summary>
    public double MaxRatePerMinute { get; }

    /// <summary>The highest rate at any time up to <paramref name="until"/> (null: for ever), growth included: the bound thinning needs.</summary>
    public double MaxRatePerMinuteUntil(DateTime? until)
    {
        if (until is { } end) return MaxRatePerMinute * Math.Max(1, GrowthFactor(end));
        if (_annualGrowth > 0) throw new InvalidOperationException("Growing arrivals need a stop time: their rate has no upper bound otherwise.");
        return MaxRatePerMinute;
    }

    /// <summary>The same rate at every moment: a homogeneous Poisson process, which needs no thinning.</summary>
    public bool IsConstant { get; }

    public double RatePerMinute(DateTime when)
    {
        int weekHour = ((int)when.DayOfWeek + 6) % 7 * 24 + when.Hour;
        return _ratePerMinuteByWeekHour[weekHour] * _monthFactor[when.Month - 1] * GrowthFactor(when);
    }

    private double GrowthFactor(DateTime when) =>
        _annualGrowth == 0 ? 1 : Math.Pow(1 + _annualGrowth, (when - _growthFrom).TotalDays / 365.25);
}
