using MashSim.Kernel.Arrivals;
using MashSim.Kernel.Random;

namespace MashSim.Kernel.Tests.Arrivals;

public class PoissonArrivalsTests
{
    private static readonly DateTime Monday = new(2017, 11, 6);

    private sealed class Counter : IArrivalSink
    {
        public List<SimTime> Times { get; } = [];
        public void OnArrival(SimTime now) => Times.Add(now);
    }

    private static List<SimTime> Generate(WeeklyRateProfile profile, double days, int seed = 1)
    {
        var sim = new Simulation();
        var sink = new Counter();
        new PoissonArrivals(sim, profile, Monday, new RandomStreams(seed, 0).Stream("arrivals"), sink, SimTime.FromDays(days)).Start();
        sim.Run();
        return sink.Times;
    }

    [Fact]
    public void A_constant_rate_gives_the_expected_count_and_exponential_gaps()
    {
        var times = Generate(WeeklyRateProfile.Constant(0.1), 1000);
        double expected = 0.1 * 1440 * 1000;
        Assert.InRange(times.Count, expected - 5 * Math.Sqrt(expected), expected + 5 * Math.Sqrt(expected));
        var gaps = times.Zip(times.Skip(1), (a, b) => b.Minutes - a.Minutes).ToArray();
        double mean = gaps.Average();
        double cv = Math.Sqrt(gaps.Sum(g => (g - mean) * (g - mean)) / gaps.Length) / mean;
        Assert.Equal(10, mean, 0.1);
        Assert.Equal(1, cv, 0.02);
    }

    [Fact]
    public void Arrivals_follow_the_weekly_profile_and_none_come_in_hours_with_zero_rate()
    {
        // Weekdays 09:00-17:00 at one rate, nothing at other times.
        var rates = new double[168];
        for (int day = 0; day < 5; day++)
            for (int hour = 9; hour < 17; hour++) rates[day * 24 + hour] = 0.2;
        var times = Generate(new WeeklyRateProfile(rates), 700);
        Assert.All(times, t =>
        {
            var when = Monday.AddMinutes(t.Minutes);
            Assert.InRange(when.Hour, 9, 16);
            Assert.NotEqual(DayOfWeek.Saturday, when.DayOfWeek);
            Assert.NotEqual(DayOfWeek.Sunday, when.DayOfWeek);
        });
        double expected = 0.2 * 60 * 8 * 5 * 100;
        Assert.InRange(times.Count, expected - 5 * Math.Sqrt(expected), expected + 5 * Math.Sqrt(expected));
    }

    [Fact]
    public void Growth_compounds_yearly_so_the_second_year_brings_that_much_more()
    {
        var growing = new WeeklyRateProfile(Enumerable.Repeat(0.05, 168).ToArray(), annualGrowth: 0.2, growthFrom: Monday);
        var sim = new Simulation();
        var sink = new Counter();
        new PoissonArrivals(sim, growing, Monday, new RandomStreams(4, 0).Stream("arrivals"), sink, SimTime.FromDays(730.5)).Start();
        sim.Run();
        double firstYear = sink.Times.Count(t => t.Days < 365.25), secondYear = sink.Times.Count - firstYear;
        // Integrals of 1.2^t over [0,1] and [1,2] are in ratio 1.2.
        Assert.Equal(1.2, secondYear / firstYear, 0.03);
        Assert.Throws<InvalidOperationException>(() => new PoissonArrivals(new Simulation(), growing, Monday, new System.Random(1), sink, SimTime.MaxValue));
    }

    [Fact]
    public void No_arrival_comes_at_or_after_the_stop_time()
    {
        var times = Generate(WeeklyRateProfile.Constant(1), 2);
        Assert.All(times, t => Assert.True(t < SimTime.FromDays(2)));
    }

    [Fact]
    public void A_profile_must_have_168_finite_non_negative_rates()
    {
        Assert.Throws<ArgumentException>(() => new WeeklyRateProfile(new double[167]));
        Assert.Throws<ArgumentException>(() => new WeeklyRateProfile(Enumerable.Repeat(-1.0, 168).ToArray()));
        Assert.Throws<ArgumentException>(() => new WeeklyRateProfile(Enumerable.Repeat(double.NaN, 168).ToArray()));
    }
}
