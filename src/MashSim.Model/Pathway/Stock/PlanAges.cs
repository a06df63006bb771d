using MashSim.Model.Pathway.Parameters;

namespace MashSim.Model.Pathway.Stock;

/// <summary>Draws the age of a plan open in a steady state: how many reviews it has had, and how long ago it started.</summary>
/// <remarks>
/// Plans end only at reviews, so the chance a plan survives to age a is a step function (the product of the
/// "continue" shares of the reviews before a), and the equilibrium age density is that survival over the mean plan
/// length (renewal theory). The draw picks the interval between two reviews with weight survival x interval length,
/// then the age uniformly within it; the time to the next review is the rest of that interval.
/// </remarks>
internal static class PlanAges
{
    private const double DaysPerMonth = 365.25 / 12;

    /// <summary>A child protection plan: first review after <c>firstReviewMonths</c>, then every <c>reviewIntervalMonths</c>.</summary>
    public static (int ReviewsHeld, double AgeDays) ChildProtection(ChildProtectionPlanParameters p, System.Random random)
    {
        double first = p.FirstReviewMonths, interval = p.ReviewIntervalMonths;
        double firstContinue = p.FirstReview.Continue, laterContinue = p.LaterReviews.Continue;
        // Weight of "before the first review" against "after it": the expected time a new plan spends in each part.
        double afterFirst = firstContinue > 0 ? interval * firstContinue / (1 - laterContinue) : 0;
        double u = random.NextDouble();
        if (random.NextDouble() * (first + afterFirst) < first) return (0, u * first * DaysPerMonth);
        int later = Geometric(laterContinue, random);
        return (1 + later, (first + (later + u) * interval) * DaysPerMonth);
    }

    /// <summary>A child in need plan: a review every <c>reviewIntervalWeeks</c>, each with the same chance to continue.</summary>
    public static (int ReviewsHeld, double AgeDays) ChildInNeed(ChildInNeedPlanParameters p, System.Random random)
    {
        double u = random.NextDouble();
        int held = Geometric(p.Review.Continue, random);
        return (held, (held + u) * 7 * p.ReviewIntervalWeeks);
    }

    /// <summary>The number of reviews a plan survives, each continuing it with chance <paramref name="continueShare"/> (below 1).</summary>
    private static int Geometric(double continueShare, System.Random random)
    {
        int n = 0;
        while (random.NextDouble() < continueShare) n++;
        return n;
    }
}
