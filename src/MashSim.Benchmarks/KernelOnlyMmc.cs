using MashSim.Kernel;
using MashSim.Kernel.Arrivals;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Random;
using MashSim.Kernel.Resources;
using MashSim.Kernel.Statistics;

namespace MashSim.Benchmarks;

/// <summary>The same M/M/c on the kernel alone: its agenda, a staff pool, and Poisson arrivals; no model, no state machines.</summary>
/// <remarks>The pool keeps no statistics; the benchmark records the waits it is told of, as a model's recorder would.</remarks>
public sealed class KernelOnlyMmc : IArrivalSink, IStaffPoolClient, IEventHandler
{
    private readonly Simulation _simulation = new();
    private readonly StaffPool _pool;
    private readonly ISampler _service;
    private readonly object _customer = new();
    private readonly SampleAccumulator _waitMinutes = new();

    private KernelOnlyMmc(MmcBenchmarkModel model, int seed)
    {
        var streams = new RandomStreams(seed, 0);
        _pool = new StaffPool(_simulation, "servers", model.Servers, new WorkingCalendar(DateTime.UnixEpoch, WorkingHours.AlwaysOpen));
        _service = Samplers.Exponential(model.MeanServiceMinutes, streams.Stream("service"));
        var rate = WeeklyRateProfile.Constant(1.0 / model.MeanInterarrivalMinutes);
        new PoissonArrivals(_simulation, rate, DateTime.UnixEpoch, streams.Stream("arrivals"), this, SimTime.MaxValue).Start();
    }

    /// <returns>The mean wait in queue in minutes.</returns>
    public static double Run(MmcBenchmarkModel model, int customers, int seed)
    {
        var bench = new KernelOnlyMmc(model, seed);
        while (bench._waitMinutes.Count < customers && bench._simulation.Step()) { }
        return bench._waitMinutes.Mean;
    }

    public void OnArrival(SimTime now) => _pool.Request(this, _customer, priority: 0);

    public void OnGranted(StaffPool pool, object subject, SimDuration waited)
    {
        _waitMinutes.Add(waited.Minutes);
        _simulation.Schedule(new SimDuration(_service.Sample()), this, 0, subject);
    }

    public void Handle(int tag, object? subject) => _pool.Release();
}
