using MashSim.Model.Processes;

namespace MashSim.Model.Recording;

/// <summary>One outcome a run reports: a stable id for files, a label for people, its unit, and whether higher is better.</summary>
/// <remarks>Typed rather than a string key, so the table, the files, the plots and the README share one definition.</remarks>
public sealed record Kpi(int Index, string Id, string Label, KpiUnit Unit, string Description, bool? HigherIsBetter)
{
    private static readonly List<Kpi> Catalogue = [];

    /// <summary>The optional process this outcome belongs to; null for the front door's and the pathway's, which every file lists.</summary>
    public OptionalProcess? Process { get; private init; }

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

    public static readonly Kpi Referrals = Add("referrals", "Referrals to children's social care", KpiUnit.Children,
        "Cases opened in the measured period (from the MASH, duty, step-up and returns).", null);
    public static readonly Kpi ReReferralShare = Add("reReferralShare", "Re-referrals within 12 months", KpiUnit.Share,
        "Share of referrals about a child referred in the previous 12 months (national 2017-18: 21.9%).", false);
    public static readonly Kpi UnallocatedMean = Add("unallocatedMean", "Referrals waiting for a social worker (time-average)", KpiUnit.Children,
        "Children referred but not allocated because every worker is at the caseload cap.", false);
    public static readonly Kpi DaysToAllocationMean = Add("daysToAllocationMean", "Days from referral to allocation (mean)", KpiUnit.Days,
        "Elapsed days from referral to a social worker taking the case.", false);
    public static readonly Kpi AssessmentsWithin45WorkingDays = Add("assessmentsWithin45WorkingDays", "Assessments within 45 working days", KpiUnit.Share,
        "Share of single assessments completed within 45 working days of referral (national 2017-18: 82.7%).", true);
    public static readonly Kpi AssessmentWorkingDaysMedian = Add("assessmentWorkingDaysMedian", "Assessment length, working days (median)", KpiUnit.WorkingDays,
        "Median working days from referral to completed assessment.", false);
    public static readonly Kpi StrategyDiscussionsInTime = Add("strategyDiscussionsInTime", "Strategy discussions in time", KpiUnit.Share,
        "Share of strategy discussions held within the target working days of the decision to hold one.", true);
    public static readonly Kpi InitialConferencesWithin15WorkingDays = Add("initialConferencesWithin15WorkingDays", "ICPCs within 15 working days", KpiUnit.Share,
        "Share of initial child protection conferences within 15 working days of the strategy discussion (national 2017-18: 76.9%).", true);
    public static readonly Kpi ChildProtectionPlansMean = Add("childProtectionPlansMean", "Children on CP plans (time-average)", KpiUnit.Children,
        "Children on child protection plans, averaged over the measured period.", null);
    public static readonly Kpi ChildProtectionPlansPer10k = Add("childProtectionPlansPer10k", "Children on CP plans per 10,000 children", KpiUnit.Children,
        "The same per 10,000 children in the population (Cumbria Nov 2017: 57).", null);
    public static readonly Kpi ChildInNeedPlansMean = Add("childInNeedPlansMean", "Children on CIN plans (time-average)", KpiUnit.Children,
        "Children on child in need plans, averaged over the measured period.", null);
    public static readonly Kpi ChildInNeedPlansPer10k = Add("childInNeedPlansPer10k", "Children on CIN plans per 10,000 children", KpiUnit.Children,
        "Children on child in need plans per 10,000 children in the population.", null);
    public static readonly Kpi OpenCasesMean = Add("openCasesMean", "Open social care cases (time-average)", KpiUnit.Children,
        "Children open to social care (waiting, in assessment, enquiry or on a plan; not early help): compare with children in need less looked-after children.", null);
    public static readonly Kpi OpenCasesPer10k = Add("openCasesPer10k", "Open social care cases per 10,000 children", KpiUnit.Children,
        "Open cases per 10,000 children (Cumbria 2017: 3,079 children in need including 627 looked after, per 92,639 children).", null);
    public static readonly Kpi ChildProtectionPlanStartsPerYear = Add("childProtectionPlanStartsPerYear", "CP plans started per year", KpiUnit.PerYear,
        "Child protection plans started in the measured period, per year.", null);
    public static readonly Kpi ChildProtectionPlanMonthsMean = Add("childProtectionPlanMonthsMean", "CP plan length, months (mean of ended plans)", KpiUnit.Months,
        "Mean length in months of the child protection plans that ended in the measured period (national: about 9.4).", null);
    public static readonly Kpi CaseloadMean = Add("caseloadMean", "Caseload per social worker (mean)", KpiUnit.Children,
        "Children per case-holding social worker, sampled at the end of each working day (Cumbria: 'low twenties').", null);
    public static readonly Kpi CaseloadMax = Add("caseloadMax", "Caseload per social worker (maximum)", KpiUnit.Children,
        "The largest caseload seen (Lancashire: 34).", false);
    public static readonly Kpi CaseloadShareOver20 = Add("caseloadShareOver20", "Worker-days with more than 20 children", KpiUnit.Share,
        "Share of worker-days with a caseload above 20.", false);
    public static readonly Kpi CaseloadShareOver30 = Add("caseloadShareOver30", "Worker-days with more than 30 children", KpiUnit.Share,
        "Share of worker-days with a caseload above 30.", false);
    public static readonly Kpi VisitsLateChildProtection = Add("visitsLateChildProtection", "CP visits made late", KpiUnit.Share,
        "Share of child protection visits made after the day they were due.", false);
    public static readonly Kpi VisitsLateChildInNeed = Add("visitsLateChildInNeed", "CIN visits made late", KpiUnit.Share,
        "Share of child in need visits made after the day they were due (004: children in need wait).", false);
    public static readonly Kpi LookedAfterPerYear = Add("lookedAfterPerYear", "Children becoming looked after per year", KpiUnit.PerYear,
        "Children becoming looked after per year, from a CP plan or directly after assessment.", null);
    public static readonly Kpi PrematureEndings = Add("prematureEndings", "Closures and step-downs made too soon", KpiUnit.Share,
        "Share of closures and step-downs judged premature, which rises with caseload pressure (000, 001, 003).", false);
    public static readonly Kpi ChildInNeedDrift = Add("childInNeedDrift", "CIN plans that drifted", KpiUnit.Share,
        "Share of ended child in need plans that lasted longer than the drift threshold (003).", false);

    public static readonly Kpi WorkersPerCaseMean = Add("workersPerCaseMean", "Workers per case (mean, cases that ended)", KpiUnit.Workers,
        "Distinct workers who held each case that ended in the measured period; turnover raises it (003: four workers in 12 months).", false);
    public static readonly Kpi CasesWithThreeOrMoreWorkers = Add("casesWithThreeOrMoreWorkers", "Cases that had three or more workers", KpiUnit.Share,
        "Share of ended cases held by three or more different workers.", false);

    public static readonly Kpi ReferralsClosedWithoutAssessment = Add("referralsClosedWithoutAssessment", "Referrals closed with no further action before assessment", KpiUnit.Rate,
        "Referrals closed with no further action before any assessment, per referral (national 2017-18: 9.4%).", null);
    public static readonly Kpi AssessmentsPerReferral = Add("assessmentsPerReferral", "Referrals assessed", KpiUnit.Rate,
        "Single assessments started per referral (nationally nearly all referrals not closed at once: about 90%).", null);
    public static readonly Kpi StrategyDiscussionsPerReferral = Add("strategyDiscussionsPerReferral", "Strategy discussions per referral", KpiUnit.Rate,
        "Strategy discussions held per referral.", null);
    public static readonly Kpi Section47PerReferral = Add("section47PerReferral", "Section 47 enquiries per referral", KpiUnit.Rate,
        "Section 47 enquiries started per referral (national 2017-18: 198,090 / 655,630 = 30%).", null);
    public static readonly Kpi InitialConferencesPerReferral = Add("initialConferencesPerReferral", "ICPCs per referral", KpiUnit.Rate,
        "Initial child protection conferences per referral (national 2017-18: 79,470 / 655,630 = 12.1%).", null);
    public static readonly Kpi ChildProtectionPlansPerReferral = Add("childProtectionPlansPerReferral", "CP plans started per referral", KpiUnit.Rate,
        "Child protection plans started per referral (national 2017-18: 68,770 / 655,630 = 10.5%).", null);
    public static readonly Kpi InitialConferencesPerSection47 = Add("initialConferencesPerSection47", "ICPCs per section 47 enquiry", KpiUnit.Rate,
        "Initial conferences per section 47 enquiry (national 2017-18: about 40%).", null);
    public static readonly Kpi PlansPerInitialConference = Add("plansPerInitialConference", "CP plans per ICPC", KpiUnit.Rate,
        "Child protection plans started per initial conference (national 2017-18: about 86%).", null);
    public static readonly Kpi LookedAfterMean = Add("lookedAfterMean", "Children looked after (time-average)", KpiUnit.Children,
        "Children looked after, averaged over the measured period (Cumbria Nov 2017: 627).", null);
    public static readonly Kpi LookedAfterPer10k = Add("lookedAfterPer10k", "Children looked after per 10,000 children", KpiUnit.Children,
        "The same per 10,000 children (Cumbria Nov 2017: 68).", null);
    public static readonly Kpi LeftCarePerYear = Add("leftCarePerYear", "Children ceasing to be looked after per year", KpiUnit.PerYear,
        "Children who left care in the measured period, per year (Cumbria: 264 in the 12 months to Nov 2017).", null);
    public static readonly Kpi LookedAfterMonthsMean = Add("lookedAfterMonthsMean", "Time looked after, months (mean of those leaving)", KpiUnit.Months,
        "Mean months in care of the children who left care in the measured period.", null);
    public static readonly Kpi ChildrenInNeedMean = Add("childrenInNeedMean", "Children in need (time-average)", KpiUnit.Children,
        "Children in need as the national statistics count them: in assessment, enquiry, on CIN or CP plans, and looked after (Cumbria Nov 2017: 3,079).", null);
    public static readonly Kpi ChildInNeedPlanStartsPerYear = Add("childInNeedPlanStartsPerYear", "CIN plans started per year", KpiUnit.PerYear,
        "Child in need plans started in the measured period, per year (steps down from CP plans included).", null);
    public static readonly Kpi ChildInNeedPlanMonthsMean = Add("childInNeedPlanMonthsMean", "CIN plan length, months (mean of ended plans)", KpiUnit.Months,
        "Mean length in months of the child in need plans that ended in the measured period.", null);
    public static readonly Kpi CaseloadShareOver25 = Add("caseloadShareOver25", "Worker-days with more than 25 children", KpiUnit.Share,
        "Share of worker-days with a caseload above 25.", false);
    public static readonly IReadOnlyList<Kpi> CaseloadPercentiles = Percentiles("caseload", "Caseload per social worker", KpiUnit.Children,
        "of the caseloads of social workers, one value per worker per working day");
    public static readonly Kpi AllocationsAboveCap = Add("allocationsAboveCap", "Allocations above the caseload cap", KpiUnit.Share,
        "Share of allocations that took a social worker above the cap because no one in the locality had room (the cap breached).", false);
    public static readonly Kpi ChildProtectionPlansSecondOrLater = Add("childProtectionPlansSecondOrLater", "CP plans that are a second or later plan", KpiUnit.Share,
        "Share of child protection plans started in the measured period about a child who had one before, read from the child's history (national 2017-18: 20.2%).", null);
    public static readonly Kpi ChildInNeedPlansSecondOrLater = Add("childInNeedPlansSecondOrLater", "CIN plans that are a second or later plan", KpiUnit.Share,
        "Share of child in need plans started in the measured period about a child who had one before.", null);
    public static readonly Kpi ContactsAboutKnownChildren = Add("contactsAboutKnownChildren", "Contacts about children already known", KpiUnit.Share,
        "Share of contacts about a child who had a contact or episode before (in the run or the look-back window before it).", null);

    public static readonly IReadOnlyList<Kpi> ContactToDecisionHours = Percentiles("contactToDecisionHours", "Hours from contact to decision", KpiUnit.Hours,
        "of elapsed hours from contact to final threshold decision");
    public static readonly IReadOnlyList<Kpi> ReferralToAllocationDays = Percentiles("referralToAllocationDays", "Days from referral to allocation", KpiUnit.Days,
        "of elapsed days from referral to a social worker taking the case");
    public static readonly IReadOnlyList<Kpi> ReferralToAssessmentWorkingDays = Percentiles("referralToAssessmentWorkingDays", "Working days from referral to completed assessment", KpiUnit.WorkingDays,
        "of working days from referral to the completed single assessment");
    public static readonly IReadOnlyList<Kpi> StrategyToConferenceWorkingDays = Percentiles("strategyToConferenceWorkingDays", "Working days from strategy discussion to ICPC", KpiUnit.WorkingDays,
        "of working days from the strategy discussion to the initial child protection conference");
    public static readonly IReadOnlyList<Kpi> ChildProtectionPlanMonths = Percentiles("childProtectionPlanMonths", "CP plan length, months", KpiUnit.Months,
        "of the lengths of child protection plans that ended in the measured period");
    public static readonly IReadOnlyList<Kpi> ChildInNeedPlanMonths = Percentiles("childInNeedPlanMonths", "CIN plan length, months", KpiUnit.Months,
        "of the lengths of child in need plans that ended in the measured period");
    public static readonly IReadOnlyList<Kpi> DaysSincePreviousReferral = Percentiles("daysSincePreviousReferral", "Days since the child's previous referral", KpiUnit.Days,
        "of days from a child's previous referral to this one, over referrals of children referred before (any time in their history)");

    public static readonly IReadOnlyList<Kpi> ChildProtectionPlansOpenByLength = OpenByLength("childProtectionPlans", "CP plans");
    public static readonly IReadOnlyList<Kpi> ChildInNeedPlansOpenByLength = OpenByLength("childInNeedPlans", "CIN plans");

    /// <summary>The length bands of open plans at 31 March, in months from the plan's start: [0, 3), [3, 12), [12, 24), 24 or more.</summary>
    public static readonly IReadOnlyList<double> OpenPlanBandMonths = [0, 3, 12, 24];
    public static readonly Kpi DomesticAbuseNotifications = Add("domesticAbuseNotifications", "Domestic abuse notifications", KpiUnit.Contacts,
        "Police domestic abuse notifications received in the measured period.", null, OptionalProcess.DomesticAbuse);
    public static readonly Kpi DomesticAbuseHighRiskShare = Add("domesticAbuseHighRiskShare", "Notifications assessed as high risk", KpiUnit.Share,
        "Share of screened notifications assessed as high risk, and so researched for the MARAC.", null, OptionalProcess.DomesticAbuse);
    public static readonly Kpi DaysNotificationToMaracMean = Add("daysNotificationToMaracMean", "Days from notification to MARAC (mean)", KpiUnit.Days,
        "Mean elapsed days from a high-risk notification to the MARAC that heard it.", false, OptionalProcess.DomesticAbuse);
    public static readonly Kpi MaracHeardWithinTarget = Add("maracHeardWithinTarget", "MARAC cases heard within target", KpiUnit.Share,
        "Share of high-risk cases heard at a MARAC within the scenario's target working days of the notification.", true, OptionalProcess.DomesticAbuse);
    public static readonly Kpi MaracBacklogMean = Add("maracBacklogMean", "Cases awaiting a MARAC (time-average)", KpiUnit.Children,
        "High-risk cases identified but not yet heard at a MARAC (in research or waiting for a place), averaged over time.", false, OptionalProcess.DomesticAbuse);
    public static readonly Kpi DomesticAbuseContactShare = Add("domesticAbuseContactShare", "Notifications becoming MASH contacts", KpiUnit.Share,
        "Share of notifications that became a contact to the MASH (from screening or from the MARAC).", null, OptionalProcess.DomesticAbuse);
    public static readonly Kpi UtilisationDomesticAbuseTeam = Add("utilisationDomesticAbuseTeam", "Utilisation: MASH domestic abuse team", KpiUnit.Share,
        "Busy time over available time of the MASH workers who screen notifications and research MARAC cases.", null, OptionalProcess.DomesticAbuse);

    public static readonly Kpi UtilisationMetHub = Add("utilisationMetHub", "Utilisation: MET hub workers", KpiUnit.Share,
        "Busy time over available time of the missing, exploited and trafficked hub's workers (return home interviews and exploitation work).", null, OptionalProcess.MetHub);
    public static readonly Kpi MissingEpisodes = Add("missingEpisodes", "Missing episodes", KpiUnit.Children,
        "Episodes of children missing from home or care notified in the measured period, first and repeat.", null, OptionalProcess.MissingChildren);
    public static readonly Kpi RepeatMissingShare = Add("repeatMissingShare", "Missing episodes that are repeats", KpiUnit.Share,
        "Share of missing episodes about a child who had gone missing before in the run.", null, OptionalProcess.MissingChildren);
    public static readonly Kpi ReturnInterviewsWithin72Hours = Add("returnInterviewsWithin72Hours", "Return home interviews within 72 hours", KpiUnit.Share,
        "Share of return home interviews held within 72 elapsed hours of the child being found (interviews held; 004 para 8).", true, OptionalProcess.MissingChildren);
    public static readonly Kpi ReturnInterviewsDeclined = Add("returnInterviewsDeclined", "Return home interviews declined", KpiUnit.Share,
        "Share of offered return home interviews the child declined.", false, OptionalProcess.MissingChildren);
    public static readonly Kpi HoursToReturnInterviewMean = Add("hoursToReturnInterviewMean", "Hours from found to return home interview (mean)", KpiUnit.Hours,
        "Mean elapsed hours from the child being found to the return home interview.", false, OptionalProcess.MissingChildren);
    public static readonly Kpi ExploitationReferrals = Add("exploitationReferrals", "Children referred for exploitation risk", KpiUnit.Children,
        "Children referred to the MET hub at risk of sexual or criminal exploitation in the measured period.", null, OptionalProcess.Exploitation);
    public static readonly Kpi ExploitationScreenedWithin1WorkingDay = Add("exploitationScreenedWithin1WorkingDay", "Exploitation referrals screened within 1 working day", KpiUnit.Share,
        "Share of exploitation referrals screened by the MET hub within one working day.", true, OptionalProcess.Exploitation);
    public static readonly Kpi MonitoredForExploitationMean = Add("monitoredForExploitationMean", "Children monitored for exploitation (time-average)", KpiUnit.Children,
        "Children on the MET hub's monitoring list, discussed at each MACE, averaged over time.", null, OptionalProcess.Exploitation);

    public static readonly Kpi EarlyHelpReferrals = Add("earlyHelpReferrals", "Families stepped to the early help hub", KpiUnit.Children,
        "Families stepped to early help (by the MASH, and with a pathway by step-down) in the measured period, whether the hub's workers or a partner's lead professional take them.", null, OptionalProcess.EarlyHelpHub);
    public static readonly Kpi DaysToEarlyHelpAllocationMean = Add("daysToEarlyHelpAllocationMean", "Days from step to early help to allocation (mean)", KpiUnit.Days,
        "Mean elapsed days a family waited for an early help worker (families allocated).", false, OptionalProcess.EarlyHelpHub);
    public static readonly Kpi EarlyHelpWaitingMean = Add("earlyHelpWaitingMean", "Families waiting for early help (time-average)", KpiUnit.Children,
        "Families on the early help hub's waiting list, averaged over time.", false, OptionalProcess.EarlyHelpHub);
    public static readonly Kpi EarlyHelpStepUpShare = Add("earlyHelpStepUpShare", "Early help episodes stepped up to social care", KpiUnit.Share,
        "Share of the hub's families (waiting or allocated) whose episode ended with a step-up to the MASH because risk escalated.", false, OptionalProcess.EarlyHelpHub);
    public static readonly Kpi EarlyHelpCaseloadMean = Add("earlyHelpCaseloadMean", "Families per early help worker (mean)", KpiUnit.Children,
        "Families allocated per early help worker, sampled daily.", null, OptionalProcess.EarlyHelpHub);

    public static IReadOnlyList<Kpi> All => Catalogue;

    /// <summary>The outcome with this id (as in summary.csv); a <see cref="KeyNotFoundException"/> naming the known ids if there is none.</summary>
    public static Kpi ById(string id) => TryById(id, out var kpi) ? kpi
        : throw new KeyNotFoundException($"No outcome is called '{id}'. Known: {string.Join(", ", Catalogue.Select(k => k.Id))}");

    /// <summary>The outcome with this id, if there is one: the one lookup by id, for files and options that name outcomes.</summary>
    public static bool TryById(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Kpi? kpi) => Ids.Value.TryGetValue(id, out kpi);

    private static readonly Lazy<Dictionary<string, Kpi>> Ids = new(() => Catalogue.ToDictionary(k => k.Id, StringComparer.Ordinal));

    /// <summary>Whether a run of <paramref name="scenario"/> reports this outcome: always, unless it belongs to an optional process the scenario leaves out.</summary>
    public bool IsReportedFor(Parameters.Scenario scenario) => Process is not { } process || scenario.Uses(process);

    private static Kpi[] Percentiles(string id, string label, KpiUnit unit, string of) =>
        [.. new[] { 10, 25, 50, 75, 90 }.Select(p => Add($"{id}P{p}", $"{label} ({p}th centile)", unit,
            $"{p}th percentile {of}, within each replication.", null))];

    private static Kpi[] OpenByLength(string id, string label) =>
    [
        Add($"{id}OpenUnder3Months", $"{label} open at 31 March: under 3 months", KpiUnit.Children, $"{label} open at 31 March that started under 3 months before (mean over the 31 Marches in the measured period).", null),
        Add($"{id}Open3To12Months", $"{label} open at 31 March: 3 to 12 months", KpiUnit.Children, $"{label} open at 31 March that started 3 to 12 months before.", null),
        Add($"{id}Open1To2Years", $"{label} open at 31 March: 1 to 2 years", KpiUnit.Children, $"{label} open at 31 March that started 1 to 2 years before.", null),
        Add($"{id}Open2YearsOrMore", $"{label} open at 31 March: 2 years or more", KpiUnit.Children, $"{label} open at 31 March that started 2 or more years before.", null),
    ];

    private static Kpi Add(string id, string label, KpiUnit unit, string description, bool? higherIsBetter, OptionalProcess? process = null)
    {
        var kpi = new Kpi(Catalogue.Count, id, label, unit, description, higherIsBetter) { Process = process };
        Catalogue.Add(kpi);
        return kpi;
    }
}
