using MashSim.Kernel;
using MashSim.Model.Runs;

namespace MashSim.Model.Processes;

/// <summary>One optional process of the front door, built on the model's agenda: what the model asks of it at the end of the warm-up, at the horizon and at the end.</summary>
internal interface IFrontDoorProcess
{
    /// <summary>The warm-up has ended: time averages start again from now.</summary>
    void StartMeasuring(SimTime now);

    /// <summary>Reads what is averaged over the measured period, before the drain dilutes it.</summary>
    void ReadAtHorizon(SimTime horizon);

    /// <summary>Writes this process's outcomes into <paramref name="values"/>, indexed by <see cref="Recording.Kpi.Index"/>.</summary>
    void Fill(double[] values);

    /// <summary>Its quantities followed day by day through the measured period.</summary>
    IEnumerable<DailySeries> DailySeries();

    /// <summary>Its times to the deadline that matters, one per item measured, for the timeliness plots.</summary>
    IEnumerable<TimelinessSample> Timeliness();

    /// <summary>Every item of each of its arrival streams, by where it ended up.</summary>
    IEnumerable<StreamAccount> Accounts();
}
