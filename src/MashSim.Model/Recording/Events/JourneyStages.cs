namespace MashSim.Model.Recording.Events;

/// <summary>The activities of a journey by name, and which of them are the stages "where the time goes" reports.</summary>
/// <remarks>One list, so the event log, the stage recorder, the trace and the report call each activity the same.</remarks>
public static class JourneyStages
{
    public const string ContactReceived = "contact received";
    public const string EmergencyDuty = "emergency duty response";
    public const string Screening = "screening";
    public const string CheckPrefix = "check: ";
    public const string Decision = "decision";
    public const string ManagerAgreement = "manager agreement";
    public const string TransferStep = "transfer step";
    public const string Referred = "referred";
    public const string PassedToDuty = "passed to duty team";
    public const string ClosedAtFrontDoor = "closed at the front door";

    public const string ResponseDecision = "response decision";
    public const string Allocation = "allocation";
    public const string Assessment = "assessment";
    public const string StrategyDiscussion = "strategy discussion";
    public const string Section47 = "section 47 enquiry";
    public const string InitialConference = "initial conference";
    public const string ChildProtectionPlan = "child protection plan";
    public const string ChildInNeedPlan = "child in need plan";
    public const string EarlyHelpPanel = "early help panel";
    public const string EarlyHelp = "early help";
    public const string CaseClosed = "case closed";
    public const string LookedAfter = "looked after";
    public const string LeftCare = "left care";

    /// <summary>The contact's journey: the front door's stages, with one check per agency in the scenario's order.</summary>
    public static IReadOnlyList<string> FrontDoor(IEnumerable<string> agencies) =>
        [EmergencyDuty, Screening, .. agencies.Select(Check), Decision, ManagerAgreement, TransferStep];

    /// <summary>The child's journey after referral, up to the conference that decides on a plan.</summary>
    public static IReadOnlyList<string> Pathway { get; } = [Allocation, Assessment, StrategyDiscussion, Section47, InitialConference];

    public static string Check(string agency) => CheckPrefix + agency;
}
