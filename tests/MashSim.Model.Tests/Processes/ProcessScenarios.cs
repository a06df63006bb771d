using MashSim.Kernel.Random;
using MashSim.Model.DomesticAbuse;
using MashSim.Model.EarlyHelp;
using MashSim.Model.Exploitation;
using MashSim.Model.MetHub;
using MashSim.Model.MissingChildren;
using MashSim.Model.Parameters;

namespace MashSim.Model.Tests.Processes;

/// <summary>The small front door of the model tests with the optional processes switched on, their durations short enough to finish in the drain.</summary>
internal static class ProcessScenarios
{
    public static Scenario AllOn(int horizonDays = 150) => TestScenarios.FrontDoor(horizonDays) with
    {
        DomesticAbuse = new DomesticAbuseParameters
        {
            NotificationsPerYear = 2000,
            Marac = new MaracParameters { Frequency = MaracFrequency.Weekly, PlacesPerMeeting = 10 },
        },
        MetHub = new MetHubParameters
        {
            Workers = 3,
            MissingChildren = new MissingChildrenParameters { ChildrenPerYear = 300 },
            Exploitation = new ExploitationParameters { ReferralsPerYear = 200, MonitoringWeeks = DistributionSpec.Fixed(3), Mace = new MaceParameters { EveryWeeks = 2 } },
        },
        EarlyHelpHub = EarlyHelp(workers: 60) with { EpisodeWeeks = DistributionSpec.Fixed(2) },
    };

    /// <summary>An early help hub taking every family the MASH steps to early help, with short episodes.</summary>
    public static EarlyHelpHubParameters EarlyHelp(int workers) => new()
    {
        Workers = workers,
        CaseloadCap = 10,
        HubShare = 1,
        EpisodeWeeks = DistributionSpec.Gamma(4, 2),
        EscalationPerWeekWaiting = 0.05,
    };
}
