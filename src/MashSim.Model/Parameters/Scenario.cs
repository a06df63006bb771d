namespace MashSim.Model.Parameters;

/// <summary>Everything one simulation needs to know about a local authority's children's social care: the model's part of a scenario file.</summary>
/// <remarks>
/// Immutable: a what-if is <c>scenario with { ... }</c>, and a run never writes back into its scenario. How many
/// replications, with which seed, and what the results are checked against belong to the experiment, not here.
/// </remarks>
public sealed record Scenario
{
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public required PopulationParameters Population { get; init; }
    public required RunParameters Run { get; init; }
    public required DemandParameters Demand { get; init; }
    public required MashParameters Mash { get; init; }
    public required TimescaleParameters Timescales { get; init; }

    /// <summary>What follows the front door; null stops the run at the front door.</summary>
    public Pathway.Parameters.PathwayParameters? Pathway { get; init; }

    /// <summary>Police domestic abuse notifications and the MARAC; null leaves them out.</summary>
    public DomesticAbuse.DomesticAbuseParameters? DomesticAbuse { get; init; }

    /// <summary>The missing, exploited and trafficked (MET) hub: return home interviews and exploitation work; null leaves it out.</summary>
    public MetHub.MetHubParameters? MetHub { get; init; }

    /// <summary>The early help hub beside the MASH, with its own workers and waiting list; null keeps early help as an episode with no capacity.</summary>
    public EarlyHelp.EarlyHelpHubParameters? EarlyHelpHub { get; init; }

    /// <summary>Whether this scenario switches <paramref name="process"/> on.</summary>
    public bool Uses(Processes.OptionalProcess process) => process switch
    {
        Processes.OptionalProcess.DomesticAbuse => DomesticAbuse is not null,
        Processes.OptionalProcess.MetHub => MetHub is not null,
        Processes.OptionalProcess.MissingChildren => MetHub?.MissingChildren is not null,
        Processes.OptionalProcess.Exploitation => MetHub?.Exploitation is not null,
        Processes.OptionalProcess.EarlyHelpHub => EarlyHelpHub is not null,
        _ => false,
    };
}
