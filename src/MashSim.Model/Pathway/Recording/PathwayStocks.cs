using MashSim.Kernel;

namespace MashSim.Model.Pathway.Recording;

/// <summary>The pathway's stocks, time-averaged over the measured period: referrals waiting for a worker, children on plans, open cases.</summary>
public sealed record PathwayStocks(double Unallocated, double ChildProtectionPlans, double ChildInNeedPlans, double OpenCases)
{
    internal PathwayStocks(PathwayRecorder r, SimTime horizon)
        : this(r.Unallocated.MeanUntil(horizon), r.ChildProtectionPlans.MeanUntil(horizon), r.ChildInNeedPlans.MeanUntil(horizon), r.OpenCases.MeanUntil(horizon))
    {
    }
}
