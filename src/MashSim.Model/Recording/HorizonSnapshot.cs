using MashSim.Model.Pathway.Recording;

namespace MashSim.Model.Recording;

/// <summary>Everything averaged over time in the measured period, read at the horizon before the drain can dilute it.</summary>
/// <param name="Utilisation">Busy time over open time of the MASH's social workers, managers, business support and emergency duty team, in that order.</param>
/// <param name="ScreeningQueueMean">Contacts waiting for screening, time-averaged.</param>
/// <param name="ScreeningQueueMax">The most contacts waiting for screening at once.</param>
/// <param name="InFrontDoorMean">Contacts in the front door, time-averaged (L of Little's law).</param>
/// <param name="Stocks">The pathway's stocks; null without a pathway.</param>
public sealed record HorizonSnapshot(IReadOnlyList<double> Utilisation, double ScreeningQueueMean, double ScreeningQueueMax,
    double InFrontDoorMean, PathwayStocks? Stocks);
