using MashSim.Kernel;

namespace MashSim.Model.Pathway.Recording;

/// <summary>The pathway's stocks, time-averaged over the measured period: referrals waiting for a worker, children on plans, open cases, children looked after.</summary>
public sealed record PathwayStocks(double Unallocated, double ChildProtectionPlans, double ChildInNeedPlans, double OpenCases, double LookedAfter)
{
    internal PathwayStocks(PathwayRecorder r, SimTime horizon)
        : this(r.Unallocated.MeanUntil(horizon), r.ChildProtectionPlans.MeanUntil(horizon), r.ChildInNeedPlans.MeanUntil(horizon), r.OpenCases.MeanUntil(horizon),
            r.LookedAfterChildren.MeanUntil(horizon))
    {
    }

    /// <summary>Children in need as the national statistics count them: open cases (in assessment, enquiry or on a plan) and children looked after.</summary>
    public double ChildrenInNeed => OpenCases + LookedAfter;
}
