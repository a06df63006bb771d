using MashSim.Kernel;
using MashSim.Kernel.Random;
using MashSim.Kernel.Resources;
using MashSim.Model.Pathway.Cases;

namespace MashSim.Model.Pathway.Work;

/// <summary>Strategy discussions need a police officer and a health professional at the same time as the social worker (002 p14).</summary>
/// <remarks>The police place is secured first and held while health is found: one fixed order, so two meetings can never wait on each other.</remarks>
internal sealed class StrategyMeetings(Simulation simulation, StaffPool police, StaffPool health, ISampler minutes, Action<Case> held)
    : IStaffPoolClient, IEventHandler
{
    public void Request(Case c) => police.Request(this, c, (int)c.Rag);

    public void OnGranted(StaffPool pool, object subject, SimDuration waited)
    {
        if (ReferenceEquals(pool, police)) health.Request(this, subject, ((Case)subject).IsRed ? 0 : 1);
        else
        {
            double workMinutes = minutes.Sample();
            ((Case)subject).MeetingHours = workMinutes / 60;
            simulation.ScheduleAt(health.CompletionAfter(workMinutes), this, 0, subject);
        }
    }

    void IEventHandler.Handle(int tag, object? subject)
    {
        police.Release();
        health.Release();
        var c = (Case)subject!;
        // The social worker attends too: the meeting comes out of that day's hours for their other cases.
        if (c.Worker is { } worker) worker.MeetingHoursToday += c.MeetingHours;
        held(c);
    }
}
