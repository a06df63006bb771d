namespace MashSim.Kernel.Arrivals;

/// <summary>Receives each arrival an arrival process generates.</summary>
public interface IArrivalSink
{
    void OnArrival(SimTime now);
}
