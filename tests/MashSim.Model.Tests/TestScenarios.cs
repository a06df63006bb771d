using MashSim.Kernel.Random;
using MashSim.Model.Parameters;

namespace MashSim.Model.Tests;

/// <summary>Small scenarios built in code for model tests.</summary>
internal static class TestScenarios
{
    /// <summary>A realistic front door: office hours, EDT, checks, manager agreement, transfer steps (the model's defaults).</summary>
    /// <summary>The seed each builder's scenarios run with (the model never sees a seed; <see cref="TestRun"/> passes it).</summary>
    public static long SeedOf(Scenario scenario) => scenario.Name switch
    {
        "test-pathway" => 3,
        "test-mmc" => 1,
        _ => 11,
    };

    public static Scenario FrontDoor(int horizonDays = 120) => new()
    {
        Name = "test-front-door",
        Run = new RunParameters { HorizonDays = horizonDays, WarmupDays = 14, DrainDays = 60 },
        Demand = new DemandParameters
        {
            ContactsPerYear = 15_000,
            WeekdayProfile = [1.2, 1.15, 1.1, 1.1, 1.05, 0.3, 0.25],
            HourProfile = [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 0.8, 1.5, 2.2, 2.3, 2.2, 2.0, 2.1, 2.2, 2.1, 1.8, 1.2, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3],
        },
        Mash = new MashParameters
        {
            Checks = new AgencyChecks
            {
                Agencies =
                [
                    new Agency { Name = "police", Colocated = false },
                    new Agency { Name = "health", AskedProbability = 0.8 },
                    new Agency { Name = "education", AskedProbability = 0.6 },
                ],
                DeadlineWorkingHours = 6,
            },
        },
    };

    /// <summary>The front door with the pathway after it, long enough for plans to reach a steady state.</summary>
    public static Scenario WithPathway(int socialWorkers = 110, int caseloadCap = 25, int horizonDays = 1460) => FrontDoor(horizonDays) with
    {
        Name = "test-pathway",
        Demand = FrontDoor().Demand with { ContactsPerYear = 18_528 },
        Run = new RunParameters { HorizonDays = horizonDays, WarmupDays = 730, DrainDays = 30 },
        Pathway = new MashSim.Model.Pathway.Parameters.PathwayParameters
        {
            Team = new MashSim.Model.Pathway.Parameters.TeamParameters { SocialWorkers = socialWorkers, CaseloadCap = caseloadCap },
        },
    };

    /// <summary>One screening stage, open around the clock, every contact green and closed at screening: an M/M/c queue.</summary>
    public static Scenario Mmc(int servers, double arrivalsPerHour, double serviceMinutes, int horizonDays) => new()
    {
        Name = "test-mmc",
        Run = new RunParameters { HorizonDays = horizonDays, WarmupDays = 10, DrainDays = 10 },
        Demand = new DemandParameters { ContactsPerYear = arrivalsPerHour * 24 * 365 },
        Mash = new MashParameters
        {
            Hours = new OfficeHours { AlwaysOpen = true },
            Staff = new MashStaff { SocialWorkers = servers, Managers = 1, BusinessSupport = 0, EmergencyDutyTeam = 0 },
            RagMix = new RagMix { Red = 0, Amber = 0, Green = 1 },
            ScreeningMinutes = DistributionSpec.Exponential(serviceMinutes),
            GreenDecidedAtScreening = true,
            Decisions = new DecisionMixes { Green = new DecisionMix { NoFurtherAction = 1 } },
            Transfer = new TransferSteps { Steps = 0 },
        },
    };
}
