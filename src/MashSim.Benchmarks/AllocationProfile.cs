using System.Diagnostics;
using System.Diagnostics.Tracing;
using MashSim.Experiments.Runs;
using MashSim.Model.Parameters;

namespace MashSim.Benchmarks;

/// <summary>What one replication of a scenario allocates, by type, from the runtime's own allocation sampling.</summary>
/// <remarks>
/// The runtime reports an allocation tick about every 100 KB allocated, naming the type that crossed the mark, so the
/// ticks per type are a sample of where the bytes go. Allocation counts do not depend on how busy the machine is,
/// which makes them the steady signal for the hot paths where timings on a shared machine are not.
/// </remarks>
public static class AllocationProfile
{
    public static int Run(Scenario scenario, int replications, TextWriter output, int top = 20)
    {
        SingleRun.Execute(scenario, seed: 1, replication: 0); // JIT and static tables, outside the measurement
        using var listener = new AllocationListener();
        long before = GC.GetAllocatedBytesForCurrentThread();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        long contacts = 0, events = 0;
        var clock = Stopwatch.StartNew();
        for (int r = 0; r < replications; r++)
        {
            var result = SingleRun.Execute(scenario, seed: 1, replication: r);
            contacts += result.Account.Arrived;
            events += result.EventsHandled;
        }
        clock.Stop();
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;

        output.WriteLine($"{scenario.Name}: {replications} replication(s), {contacts:N0} contacts, {events:N0} events in {clock.Elapsed.TotalSeconds:0.00} s");
        output.WriteLine($"allocated {bytes / 1048576.0:N1} MB: {(double)bytes / events:N1} bytes per event, {(double)bytes / contacts:N0} bytes per contact; " +
                         $"collections gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}, " +
                         $"paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms");
        var ticks = listener.TicksByType();
        long total = ticks.Values.Sum();
        output.WriteLine($"{"type (sampled every ~100 KB)",-90} {"share",7}");
        foreach (var (type, count) in ticks.OrderByDescending(t => t.Value).Take(top))
        {
            output.WriteLine($"{Shorten(type),-90} {(double)count / total,7:P1}");
        }
        return 0;
    }

    private static string Shorten(string type) => type.Length <= 90 ? type : type[..87] + "...";

    private sealed class AllocationListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        private const int AllocationTickEventId = 10;
        private readonly Dictionary<string, long> _ticks = [];
        private readonly Lock _lock = new();

        public Dictionary<string, long> TicksByType()
        {
            lock (_lock) return new Dictionary<string, long>(_ticks);
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventId != AllocationTickEventId || e.PayloadNames is null) return;
            int index = e.PayloadNames.IndexOf("TypeName");
            if (index < 0 || e.Payload![index] is not string type) return;
            lock (_lock) _ticks[type] = _ticks.GetValueOrDefault(type) + 1;
        }
    }
}
