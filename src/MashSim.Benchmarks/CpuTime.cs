using System.Diagnostics;

namespace MashSim.Benchmarks;

/// <summary>The CPU time the whole process (every thread, the garbage collector's too) spent on a piece of work.</summary>
/// <remarks>A benchmark runs alone in its process, so the process's CPU time is the work's, whatever else the machine is doing.</remarks>
public static class CpuTime
{
    public static (T1, T2, TimeSpan Cpu) Of<T1, T2>(Func<(T1, T2)> work)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var (a, b) = work();
        return (a, b, Process.GetCurrentProcess().TotalProcessorTime - before);
    }
}
