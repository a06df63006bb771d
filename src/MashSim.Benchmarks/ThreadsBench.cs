using System.Diagnostics;
using MashSim.Experiments.Runs;
using MashSim.Model.Parameters;

namespace MashSim.Benchmarks;

/// <summary>How much faster the default's replications finish on every core than on one: wall clock, since that is what threads buy.</summary>
/// <remarks>
/// Replications are independent, so the speed-up should be close to the core count; what keeps it lower is shared
/// work (garbage collection stops every thread) and other programs on the machine. One thread and all threads take
/// turns, best of a few rounds, so a busy spell hits both alike.
/// </remarks>
public static class ThreadsBench
{
    private const int Rounds = 2;

    public static void Run(Scenario scenario, int replications, TextWriter output)
    {
        int threads = Environment.ProcessorCount;
        output.WriteLine();
        if (threads < 2)
        {
            output.WriteLine("Threads: one core, no speed-up to measure");
            return;
        }
        var best = new[] { TimeSpan.MaxValue, TimeSpan.MaxValue };
        var cpuOfBest = new TimeSpan[2];
        for (int round = 0; round < Rounds; round++)
        {
            for (int i = 0; i < 2; i++)
            {
                var plan = new ReplicationPlan(replications, Seed: 1, Threads: i == 0 ? 1 : threads);
                GC.Collect();
                var clock = Stopwatch.StartNew();
                var (_, _, cpu) = CpuTime.Of(() => (Replications.RunRange(scenario, plan, 0, replications), 0));
                if (clock.Elapsed >= best[i]) continue;
                best[i] = clock.Elapsed;
                cpuOfBest[i] = cpu;
            }
        }
        output.WriteLine($"Threads: {replications} replications of {scenario.Name} in {best[0].TotalSeconds:0.0} s on 1 thread, " +
                         $"{best[1].TotalSeconds:0.0} s on {threads}: speed-up {best[0] / best[1]:0.00}x (best of {Rounds})");
        // Equal CPU time means running in parallel costs nothing extra: a speed-up short of the cores is then the machine's
        // other work (a busy machine shares the cores between sessions, not threads), not the program's.
        output.WriteLine($"         CPU time {cpuOfBest[0].TotalSeconds:0.0} s on 1 thread, {cpuOfBest[1].TotalSeconds:0.0} s on {threads}: " +
                         $"{cpuOfBest[1] / cpuOfBest[0]:0.00}x the work");
    }
}
