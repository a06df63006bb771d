namespace MashSim.Cli;

/// <summary>Where result folders go; from configuration (<c>MASHSIM_Results__Root</c>) unless <c>--out</c> says otherwise.</summary>
public sealed class ResultsOptions
{
    public string Root { get; set; } = "results";
}
