using MashSim.Kernel;

namespace MashSim.Kernel.Tests;

/// <summary>A handler that writes down (name, time) for every event it handles, SimPy-test style.</summary>
internal sealed class EventLog(Simulation simulation) : IEventHandler
{
    public List<(string Name, double Minutes)> Entries { get; } = [];

    public void Handle(int tag, object? subject) => Entries.Add(((string)subject!, simulation.Now.Minutes));
}
