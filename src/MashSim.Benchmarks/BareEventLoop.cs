using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace MashSim.Benchmarks;

/// <summary>The baseline: a bare PriorityQueue event loop with an integer busy count and a FIFO of waiting arrival times.</summary>
/// <remarks>Keyed on the time alone (no tie-break), the leanest loop there is, so the ratios flatter nobody.</remarks>
public static class BareEventLoop
{
    private const int ArrivalEvent = 0;
    private const int DepartureEvent = 1;

    /// <returns>The mean wait in queue in minutes, so the work cannot be optimised away and can be checked against theory.</returns>
    public static double Run(MmcBenchmarkModel model, int customers, int seed)
    {
        var interarrival = new Exponential(1.0 / model.MeanInterarrivalMinutes, new Xoshiro256StarStar(seed, false));
        var service = new Exponential(1.0 / model.MeanServiceMinutes, new Xoshiro256StarStar(seed + 1, false));
        var agenda = new PriorityQueue<int, double>();
        var waiting = new Queue<double>();
        int busy = 0, arrived = 0, served = 0;
        double waitSum = 0;

        agenda.Enqueue(ArrivalEvent, interarrival.Sample());
        while (served < customers && agenda.TryDequeue(out int kind, out double now))
        {
            if (kind == ArrivalEvent)
            {
                arrived++;
                if (arrived < customers) agenda.Enqueue(ArrivalEvent, now + interarrival.Sample());
                if (busy < model.Servers)
                {
                    busy++;
                    served++;
                    agenda.Enqueue(DepartureEvent, now + service.Sample());
                }
                else
                {
                    waiting.Enqueue(now);
                }
            }
            else if (waiting.TryDequeue(out double arrivedAt))
            {
                waitSum += now - arrivedAt;
                served++;
                agenda.Enqueue(DepartureEvent, now + service.Sample());
            }
            else
            {
                busy--;
            }
        }
        return waitSum / served;
    }
}
