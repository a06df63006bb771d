using MashSim.Model.Parameters;

namespace MashSim.Model.Recording;

/// <summary>One front-door role as people name it, where a scenario sets its number, how many it has, and the outcome of how busy it is.</summary>
public sealed record MashRole(string Name, string ScenarioPath, Func<MashStaff, int> Count, Kpi Utilisation)
{
    /// <summary>The MASH's roles, the one list every report of them (overload signs, empty-role warnings) reads.</summary>
    public static IReadOnlyList<MashRole> All { get; } =
    [
        new("MASH social workers", "mash.staff.socialWorkers", s => s.SocialWorkers, Kpi.UtilisationSocialWorkers),
        new("MASH managers", "mash.staff.managers", s => s.Managers, Kpi.UtilisationManagers),
        new("business support", "mash.staff.businessSupport", s => s.BusinessSupport, Kpi.UtilisationBusinessSupport),
        new("emergency duty team", "mash.staff.emergencyDutyTeam", s => s.EmergencyDutyTeam, Kpi.UtilisationEmergencyDutyTeam),
    ];
}
