using MashSim.Kernel;
using MashSim.Kernel.Resources;
using MashSim.Kernel.Statistics;

namespace MashSim.Model.Recording;

/// <summary>The staff pools' statistics read at the horizon, before the drain period can dilute them.</summary>
internal sealed record PoolSnapshot(double SocialWorkers, double Managers, double BusinessSupport, double EmergencyDutyTeam,
    double ScreeningQueueMean, double ScreeningQueueMax)
{
    public PoolSnapshot(StaffPool socialWorkers, StaffPool managers, StaffPool businessSupport, StaffPool edt, TimeWeightedValue screeningQueue, SimTime horizon)
        : this(socialWorkers.Statistics.UtilisationUntil(horizon), managers.Statistics.UtilisationUntil(horizon),
            businessSupport.Statistics.UtilisationUntil(horizon), edt.Statistics.UtilisationUntil(horizon),
            screeningQueue.MeanUntil(horizon), screeningQueue.Maximum)
    {
    }
}
