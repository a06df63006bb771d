using MashSim.Kernel;
using MashSim.Model.Pathway.Recording;
using MashSim.Model.Pathway.Work;

namespace MashSim.Model.Pathway.Events;

/// <summary>Samples the day's stocks at 17:00 every day of the measured period, weekends included.</summary>
internal sealed class DailyStockSampling(Simulation simulation, PathwayRecorder recorder, SocialWorkTeam team, SimTime horizon) : IEventHandler
{
    public void Start(SimTime warmupEnd) => simulation.ScheduleAt(warmupEnd + SimDuration.FromHours(17), this);

    void IEventHandler.Handle(int tag, object? subject)
    {
        recorder.SampleDay(team.SocialWorkers);
        var next = simulation.Now + SimDuration.FromDays(1);
        if (next < horizon) simulation.ScheduleAt(next, this);
    }
}
