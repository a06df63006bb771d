namespace MashSim.Benchmarks;

/// <summary>The M/M/c queue every throughput figure is measured on.</summary>
public sealed record MmcBenchmarkModel(int Servers, double ArrivalsPerHour, double ServicesPerHour)
{
    public double Rho => ArrivalsPerHour / (Servers * ServicesPerHour);
    public double MeanServiceMinutes => 60.0 / ServicesPerHour;
    public double MeanInterarrivalMinutes => 60.0 / ArrivalsPerHour;
}
