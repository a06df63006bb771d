namespace MashSim.Model.Parameters;

/// <summary>The families of distribution a scenario may name for a duration or delay.</summary>
public enum DistributionKind
{
    Fixed,
    Exponential,
    LogNormal,
    Gamma,
    Triangular,
    Uniform,
    Empirical,
}
