using System.Diagnostics;
using MashSim.Experiments.Validation;

namespace MashSim.Benchmarks;

/// <summary>Times the bare loop, the kernel and the full model on the same M/M/c and prints customers per second and the ratios.</summary>
/// <remarks>
/// Each path is timed several times, interleaved, and its best time kept: the first timings run code the JIT has not
/// finished optimising (tiering happens in the background), which once made the bare loop look three times slower
/// than it is. Interleaving spreads any machine noise over all three paths alike. Rates are per second of the process's
/// CPU time (garbage collection included), not of the wall clock: on a shared machine the wall clock also counts the
/// time other programs held the core, which made the same build's ratios swing by a factor of two.
/// </remarks>
public static class ThroughputBench
{
    private const int Rounds = 3;

    public static int Run(MmcBenchmarkModel model, int customers, TextWriter output)
    {
        output.WriteLine($"M/M/{model.Servers}: {model.ArrivalsPerHour}/h arrivals, {model.ServicesPerHour}/h service per worker, rho {model.Rho:0.00}; {customers:N0} customers each, best of {Rounds} rounds, per CPU second");
        output.WriteLine($"Erlang C mean wait in queue: {ErlangC.MeanWaitInQueue(model.Servers, model.ArrivalsPerHour, model.ServicesPerHour) * 60:0.0} min");

        var paths = new (string Name, Func<(double MeanWait, int Customers)> Run)[]
        {
            ("bare PriorityQueue loop", () => (BareEventLoop.Run(model, customers, 7), customers)),
            ("kernel (agenda + staff pool)", () => (KernelOnlyMmc.Run(model, customers, 7), customers)),
            ("full model (state machines)", () => FullModelMmc.Run(model, customers, 7)),
        };
        var best = new Measurement[paths.Length];
        for (int round = 0; round < Rounds; round++)
        {
            for (int p = 0; p < paths.Length; p++)
            {
                var m = Time(paths[p].Run);
                if (m.PerSecond > best[p].PerSecond) best[p] = m;
            }
        }

        output.WriteLine();
        output.WriteLine($"{"path",-34} {"customers/s",14} {"ratio to bare",14} {"mean wait (min)",16}");
        for (int p = 0; p < paths.Length; p++)
        {
            output.WriteLine($"{paths[p].Name,-34} {best[p].PerSecond,14:N0} {best[p].PerSecond / best[0].PerSecond,14:P1} {best[p].MeanWaitMinutes,16:0.0}");
        }
        return 0;
    }

    private static Measurement Time(Func<(double MeanWait, int Customers)> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var (wait, count, cpu) = CpuTime.Of(run);
        return new Measurement(count / cpu.TotalSeconds, wait);
    }

    private readonly record struct Measurement(double PerSecond, double MeanWaitMinutes);
}
