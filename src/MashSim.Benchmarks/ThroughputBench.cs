using System.Diagnostics;
using MashSim.Experiments.Validation;

namespace MashSim.Benchmarks;

/// <summary>Times the bare loop, the kernel and the full model on the same M/M/c and prints customers per second and the ratios.</summary>
public static class ThroughputBench
{
    public static int Run(MmcBenchmarkModel model, int customers, TextWriter output)
    {
        output.WriteLine($"M/M/{model.Servers}: {model.ArrivalsPerHour}/h arrivals, {model.ServicesPerHour}/h service per worker, rho {model.Rho:0.00}; {customers:N0} customers each");
        output.WriteLine($"Erlang C mean wait in queue: {ErlangC.MeanWaitInQueue(model.Servers, model.ArrivalsPerHour, model.ServicesPerHour) * 60:0.0} min");
        // Warm the JIT on a small run of each so the timings compare steady-state code.
        BareEventLoop.Run(model, 50_000, 1);
        KernelOnlyMmc.Run(model, 50_000, 1);
        FullModelMmc.Run(model, 50_000, 1);

        var bare = Time(() => (BareEventLoop.Run(model, customers, 7), customers));
        var kernel = Time(() => (KernelOnlyMmc.Run(model, customers, 7), customers));
        var full = Time(() => FullModelMmc.Run(model, customers, 7));

        output.WriteLine();
        output.WriteLine($"{"path",-34} {"customers/s",14} {"ratio to bare",14} {"mean wait (min)",16}");
        Print(output, "bare PriorityQueue loop", bare, bare.PerSecond);
        Print(output, "kernel (agenda + staff pool)", kernel, bare.PerSecond);
        Print(output, "full model (state machines)", full, bare.PerSecond);
        return 0;
    }

    private static Measurement Time(Func<(double MeanWait, int Customers)> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        var (wait, count) = run();
        clock.Stop();
        return new Measurement(count / clock.Elapsed.TotalSeconds, wait);
    }

    private static void Print(TextWriter output, string name, Measurement m, double barePerSecond) =>
        output.WriteLine($"{name,-34} {m.PerSecond,14:N0} {m.PerSecond / barePerSecond,14:P1} {m.MeanWaitMinutes,16:0.0}");

    private readonly record struct Measurement(double PerSecond, double MeanWaitMinutes);
}
