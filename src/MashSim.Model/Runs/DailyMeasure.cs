namespace MashSim.Model.Runs;

/// <summary>A quantity followed day by day through the measured period: a stable id for files, a label for people.</summary>
/// <remarks>A catalogue like <see cref="Recording.Kpi"/>, so timeseries.csv, the by-day plots and partial.json share one definition.</remarks>
public sealed record DailyMeasure(string Id, string Label)
{
    private static readonly List<DailyMeasure> Catalogue = [];

    public static readonly DailyMeasure ScreeningQueue = Add("screeningQueue", "Contacts awaiting screening");
    public static readonly DailyMeasure Unallocated = Add("unallocated", "Referrals waiting for a social worker");
    public static readonly DailyMeasure ChildProtectionPlans = Add("childProtectionPlans", "Children on CP plans");
    public static readonly DailyMeasure ChildInNeedPlans = Add("childInNeedPlans", "Children on CIN plans");
    public static readonly DailyMeasure CaseloadMean = Add("caseloadMean", "Caseload per social worker (mean)");
    public static readonly DailyMeasure CaseloadMax = Add("caseloadMax", "Caseload per social worker (maximum)");
    public static readonly DailyMeasure MaracBacklog = Add("maracBacklog", "High-risk domestic abuse cases awaiting a MARAC");
    public static readonly DailyMeasure AwaitingReturnInterview = Add("awaitingReturnInterview", "Children found and awaiting a return home interview");
    public static readonly DailyMeasure MonitoredForExploitation = Add("monitoredForExploitation", "Children monitored by the MET hub for exploitation");
    public static readonly DailyMeasure EarlyHelpWaiting = Add("earlyHelpWaiting", "Families waiting for an early help worker");
    public static readonly DailyMeasure EarlyHelpCaseload = Add("earlyHelpCaseload", "Families per early help worker (mean)");

    public static IReadOnlyList<DailyMeasure> All => Catalogue;

    /// <summary>The measure with this id, if there is one.</summary>
    public static bool TryById(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DailyMeasure? measure)
    {
        measure = Catalogue.FirstOrDefault(m => m.Id == id);
        return measure is not null;
    }

    private static DailyMeasure Add(string id, string label)
    {
        var measure = new DailyMeasure(id, label);
        Catalogue.Add(measure);
        return measure;
    }
}
