using MashSim.Kernel;

namespace MashSim.Model.Processes;

/// <summary>Calls a process back at 17:00 every day of the measured period, weekends included (as the pathway samples its stocks).</summary>
internal sealed class DailySampling : IEventHandler
{
    private readonly Simulation _simulation;
    private readonly SimTime _horizon;
    private readonly Action _sample;

    public DailySampling(Simulation simulation, SimTime warmupEnd, SimTime horizon, Action sample)
    {
        _simulation = simulation;
        _horizon = horizon;
        _sample = sample;
        var first = warmupEnd + SimDuration.FromHours(17);
        if (first < horizon) simulation.ScheduleAt(first, this);
    }

    void IEventHandler.Handle(int tag, object? subject)
    {
        _sample();
        var next = _simulation.Now + SimDuration.FromDays(1);
        if (next < _horizon) _simulation.ScheduleAt(next, this);
    }
}
