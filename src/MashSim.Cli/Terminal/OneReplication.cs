namespace MashSim.Cli.Terminal;

/// <summary>What a run of one replication says about its missing confidence intervals, so a single long run is not read as a precise one.</summary>
internal static class OneReplication
{
    public const string Notice =
        "[yellow]One replication: there is no confidence interval.[/] Each figure is one run's value; the CI columns are empty in the CSV files and null in the JSON. Use --reps 2 or more for 95% intervals.";
}
