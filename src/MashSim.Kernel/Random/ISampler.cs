namespace MashSim.Kernel.Random;

/// <summary>Draws values of one random quantity (a duration in minutes, a delay) from its own stream.</summary>
public interface ISampler
{
    double Sample();

    /// <summary>The mean of the distribution, for reports and for checks against theory.</summary>
    double Mean { get; }
}
