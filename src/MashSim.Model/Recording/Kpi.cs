namespace MashSim.Model.Recording;

/// <summary>One outcome a run reports: a stable id for files, a label for people, its unit, and whether higher is better.</summary>
/// <remarks>Typed rather than a string key, so the table, the files, the plots and the README share one definition.</remarks>
public sealed record Kpi(int Index, string Id, string Label, KpiUnit Unit, string Description, bool? HigherIsBetter)
{
    private static readonly List<Kpi> Catalogue = [];

    public static readonly Kpi Contacts = Add("contacts", "Contacts received", KpiUnit.Contacts,
        "Contacts that arrived in the measured period (after the warm-up).", null);
    public static readonly Kpi DecisionWithin1WorkingDay = Add("decisionWithin1WorkingDay", "Decisions within 1 working day", KpiUnit.Share,
        "Share of contacts whose final threshold decision came within one working day (the clock starts when the MASH next opens).", true);
    public static readonly Kpi DecisionWithin1WorkingDayRed = Add("decisionWithin1WorkingDayRed", "Decisions within 1 working day: red", KpiUnit.Share,
        "The same, red contacts only.", true);
    public static readonly Kpi DecisionWithin1WorkingDayAmber = Add("decisionWithin1WorkingDayAmber", "Decisions within 1 working day: amber", KpiUnit.Share,
        "The same, amber contacts only.", true);
    public static readonly Kpi DecisionWithin1WorkingDayGreen = Add("decisionWithin1WorkingDayGreen", "Decisions within 1 working day: green", KpiUnit.Share,
        "The same, green contacts only.", true);
    public static readonly Kpi HoursToDecisionMean = Add("hoursToDecisionMean", "Hours from contact to decision (mean)", KpiUnit.Hours,
        "Mean elapsed hours from contact to final threshold decision.", false);
    public static readonly Kpi HoursToDecisionP90 = Add("hoursToDecisionP90", "Hours from contact to decision (90th centile)", KpiUnit.Hours,
        "90th percentile of elapsed hours from contact to final decision, within each replication.", false);
    public static readonly Kpi HoursToRagMean = Add("hoursToRagMean", "Hours from contact to RAG rating (mean)", KpiUnit.Hours,
        "Mean elapsed hours from contact to its red/amber/green rating.", false);
    public static readonly Kpi RedTransferredWithinTarget = Add("redTransferredWithinTarget", "Red contacts to duty team within target", KpiUnit.Share,
        "Share of red contacts passed to a duty team within the scenario's target hours.", true);
    public static readonly Kpi ReferralConversion = Add("referralConversion", "Contacts becoming referrals", KpiUnit.Share,
        "Share of contacts referred to children's social care (district team or duty team).", null);
    public static readonly Kpi NoFurtherActionShare = Add("noFurtherActionShare", "Contacts closed with no further action", KpiUnit.Share,
        "Share of contacts decided as no further action.", null);
    public static readonly Kpi AdviceShare = Add("adviceShare", "Contacts closed with information and advice", KpiUnit.Share,
        "Share of contacts decided as information and advice.", null);
    public static readonly Kpi EarlyHelpShare = Add("earlyHelpShare", "Contacts stepped to early help", KpiUnit.Share,
        "Share of contacts decided as early help.", null);
    public static readonly Kpi AgencyCheckTurnaroundHoursMean = Add("agencyCheckTurnaroundHoursMean", "Agency check turnaround, hours (mean)", KpiUnit.Hours,
        "Mean elapsed hours from checks sent to each agency's answer.", false);
    public static readonly Kpi DecidedWithChecksMissing = Add("decidedWithChecksMissing", "Amber decided with checks missing", KpiUnit.Share,
        "Share of amber contacts decided at the checks deadline with at least one agency's answer missing.", false);
    public static readonly Kpi FlaggedOverdue = Add("flaggedOverdue", "Contacts flagged overdue", KpiUnit.Share,
        "Share of contacts still undecided at their RAG timescale, as the case system flags them.", false);
    public static readonly Kpi OutOfHoursShare = Add("outOfHoursShare", "Contacts answered out of hours by the EDT", KpiUnit.Share,
        "Share of contacts that arrived while the MASH was closed and went to the emergency duty team.", null);
    public static readonly Kpi ScreeningWaitHoursMean = Add("screeningWaitHoursMean", "Wait for screening, hours (mean)", KpiUnit.Hours,
        "Mean elapsed hours a contact waited in the queue before a MASH social worker started screening it.", false);
    public static readonly Kpi ScreeningQueueMean = Add("screeningQueueMean", "Contacts awaiting screening (time-average)", KpiUnit.Contacts,
        "Time-weighted mean number of contacts in the screening queue.", false);
    public static readonly Kpi ScreeningQueueMax = Add("screeningQueueMax", "Contacts awaiting screening (maximum)", KpiUnit.Contacts,
        "Largest screening queue seen in the measured period.", false);
    public static readonly Kpi UtilisationSocialWorkers = Add("utilisationSocialWorkers", "Utilisation: MASH social workers", KpiUnit.Share,
        "Busy time over available time (office hours) of MASH social workers.", null);
    public static readonly Kpi UtilisationManagers = Add("utilisationManagers", "Utilisation: MASH managers", KpiUnit.Share,
        "Busy time over available time of MASH managers.", null);
    public static readonly Kpi UtilisationBusinessSupport = Add("utilisationBusinessSupport", "Utilisation: business support", KpiUnit.Share,
        "Busy time over available time of business support officers.", null);
    public static readonly Kpi UtilisationEmergencyDutyTeam = Add("utilisationEmergencyDutyTeam", "Utilisation: emergency duty team", KpiUnit.Share,
        "Busy time over available time of the emergency duty team.", null);
    public static readonly Kpi ArrivalRatePerHour = Add("arrivalRatePerHour", "Arrival rate, contacts per hour", KpiUnit.PerHour,
        "Contacts per hour over the measured period (lambda in Little's law).", null);
    public static readonly Kpi HoursInFrontDoorMean = Add("hoursInFrontDoorMean", "Hours in the front door (mean)", KpiUnit.Hours,
        "Mean elapsed hours from contact to leaving the front door (W in Little's law).", false);
    public static readonly Kpi ContactsInFrontDoorMean = Add("contactsInFrontDoorMean", "Contacts in the front door (time-average)", KpiUnit.Contacts,
        "Time-weighted mean number of contacts in the front door (L in Little's law).", false);
    public static readonly Kpi UnfinishedAtEnd = Add("unfinishedAtEnd", "Contacts still open at the end of the run", KpiUnit.Contacts,
        "Counted contacts with no outcome even after the drain period: a sign of an overloaded service.", false);

    public static IReadOnlyList<Kpi> All => Catalogue;

    public static Kpi ById(string id) => Catalogue.FirstOrDefault(k => k.Id == id)
        ?? throw new KeyNotFoundException($"No outcome is called '{id}'. Known: {string.Join(", ", Catalogue.Select(k => k.Id))}");

    private static Kpi Add(string id, string label, KpiUnit unit, string description, bool? higherIsBetter)
    {
        var kpi = new Kpi(Catalogue.Count, id, label, unit, description, higherIsBetter);
        Catalogue.Add(kpi);
        return kpi;
    }
}
