namespace MashSim.Model.Runs;

/// <summary>A time an optional process is judged by, with the limit it is judged against: a stable id for the plot's file, a label, the unit and the limit.</summary>
/// <remarks>A catalogue like <see cref="Recording.Kpi"/>, so each plot and its target line share one definition.</remarks>
public sealed record TimelinessMeasure(string Id, string Label, string Unit, double? Target, string? TargetLabel)
{
    private static readonly List<TimelinessMeasure> Catalogue = [];

    public static readonly TimelinessMeasure NotificationToMarac = Add("time-to-marac", "Time from domestic abuse notification to MARAC", "working days", null, null);
    public static readonly TimelinessMeasure FoundToReturnInterview = Add("time-to-return-home-interview", "Time from a missing child being found to the return home interview", "hours (elapsed)", 72, "72 hours (statutory guidance; 004 para 8)");
    public static readonly TimelinessMeasure ExploitationScreening = Add("time-to-exploitation-screening", "Time from exploitation referral to screening by the MET hub", "hours (elapsed)", null, null);
    public static readonly TimelinessMeasure EarlyHelpAllocation = Add("time-to-early-help-allocation", "Time from step to early help to allocation to an early help worker", "days (elapsed)", null, null);

    public static IReadOnlyList<TimelinessMeasure> All => Catalogue;

    private static TimelinessMeasure Add(string id, string label, string unit, double? target, string? targetLabel)
    {
        var measure = new TimelinessMeasure(id, label, unit, target, targetLabel);
        Catalogue.Add(measure);
        return measure;
    }
}

/// <summary>One replication's observed times of a <see cref="TimelinessMeasure"/> (measured period), with the limit the scenario sets when it sets one.</summary>
public sealed record TimelinessSample(TimelinessMeasure Measure, IReadOnlyList<double> Values, double? Target = null, string? TargetLabel = null);
