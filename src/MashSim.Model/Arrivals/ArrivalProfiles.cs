using MashSim.Kernel.Arrivals;
using MashSim.Model.Parameters;

namespace MashSim.Model.Arrivals;

/// <summary>Turns a scenario's yearly volume and relative weekday, hour and month weights into a kernel rate profile.</summary>
/// <remarks>
/// The weights are normalised so that an average week carries exactly the yearly volume / 365 * 7, and the month
/// factors average 1 over a 365-day year, so changing a profile moves contacts in time without changing how many come.
/// </remarks>
internal static class ArrivalProfiles
{
    private static readonly int[] DaysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    public static WeeklyRateProfile From(DemandParameters demand, DateTime start)
    {
        var weekday = Scaled(demand.WeekdayProfile ?? Enumerable.Repeat(1.0, 7).ToArray());
        var hour = Scaled(demand.HourProfile ?? Enumerable.Repeat(1.0, 24).ToArray());
        double meanWeight = weekday.Average() * hour.Average();
        double baseRatePerMinute = demand.ContactsPerYear / 365.0 / 1440.0;

        var rates = new double[168];
        for (int day = 0; day < 7; day++)
        {
            for (int h = 0; h < 24; h++)
            {
                rates[day * 24 + h] = baseRatePerMinute * weekday[day] * hour[h] / meanWeight;
            }
        }

        double[]? months = null;
        if (demand.MonthProfile is { } given)
        {
            var monthProfile = Scaled(given);
            double dayWeightedMean = monthProfile.Select((w, m) => w * DaysInMonth[m]).Sum() / 365.0;
            months = monthProfile.Select(w => w / dayWeightedMean).ToArray();
        }
        return new WeeklyRateProfile(rates, months, demand.AnnualGrowth, start);
    }

    /// <summary>The weights over the largest (which validation makes positive), so their mean is a normal number whatever they are.</summary>
    /// <remarks>As given, [4.9e-324, 0, ...] averaged to zero (rates of NaN) and [1e308, 1e308, 1, ...] summed to infinity (a week of almost no contacts).</remarks>
    private static double[] Scaled(IReadOnlyList<double> weights)
    {
        double largest = weights.Max();
        return weights.Select(w => w / largest).ToArray();
    }
}
