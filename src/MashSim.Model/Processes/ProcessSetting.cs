using MashSim.Kernel;
using MashSim.Kernel.Random;

namespace MashSim.Model.Processes;

/// <summary>What every optional process is built with: the agenda, the date of time zero, the replication's streams, the measured period and the MASH to refer to.</summary>
internal sealed record ProcessSetting(Simulation Simulation, DateTime Epoch, RandomStreams Streams, SimTime WarmupEnd, SimTime Horizon, IMashIntake Mash)
{
    /// <summary>Whether something happening now falls in the measured period.</summary>
    public bool Measured(SimTime at) => at >= WarmupEnd && at < Horizon;

    /// <summary>Days in the measured period.</summary>
    public double MeasuredDays => (Horizon - WarmupEnd).Days;
}
