using MashSim.Experiments.Scenarios;
using MashSim.Kernel.Random;
using MashSim.Model.Parameters;

namespace MashSim.Model.Tests;

/// <summary>Small scenarios built in code for model tests.</summary>
internal static class TestScenarios
{
    /// <summary>The seed each builder's scenarios run with (the model never sees a seed; <see cref="TestRun"/> passes it).</summary>
    public static long SeedOf(Scenario scenario) => scenario.Name switch
    {
        "test-pathway" => 3,
        "test-mmc" => 1,
        _ => 11,
    };

    /// <summary>A scenario in the file format: what a test states, with the built-in defaults for the rest, as a user's file gets them.</summary>
    public static Scenario FromYaml(string yaml) => ScenarioLoader.LoadText(yaml, "test scenario").Scenario;

    /// <summary>A realistic front door: office hours, EDT, checks, manager agreement, transfer steps (the built-in defaults).</summary>
    public static Scenario FrontDoor(int horizonDays = 120) => FromYaml($$"""
        name: test-front-door
        population: { children: 92639 }
        run: { horizonDays: {{horizonDays}}, warmupDays: 14, drainDays: 60 }
        demand:
          contactsPerYear: 15000
          weekdayProfile: [1.2, 1.15, 1.1, 1.1, 1.05, 0.3, 0.25]
          hourProfile: [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 0.8, 1.5, 2.2, 2.3, 2.2, 2.0, 2.1, 2.2, 2.1, 1.8, 1.2, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3]
        mash:
          staff: { socialWorkers: 8, managers: 2 }
          checks:
            deadlineWorkingHours: 6
            agencies:
              - { name: police, colocated: false }
              - { name: health, askedProbability: 0.8 }
              - { name: education, askedProbability: 0.6 }
        """);

    /// <summary>The front door with the pathway after it, long enough for plans to reach a steady state.</summary>
    public static Scenario WithPathway(int socialWorkers = 110, int caseloadCap = 25, int horizonDays = 1460)
    {
        var pathway = FromYaml($$"""
            name: test-pathway
            population: { children: 92639 }
            run: { horizonDays: {{horizonDays}}, warmupDays: 730, drainDays: 30 }
            demand: { contactsPerYear: 18528 }
            mash: { staff: { socialWorkers: 8, managers: 2 } }
            pathway: { team: { socialWorkers: {{socialWorkers}}, caseloadCap: {{caseloadCap}} } }
            """);
        var frontDoor = FrontDoor(horizonDays);
        return frontDoor with
        {
            Name = pathway.Name,
            Demand = frontDoor.Demand with { ContactsPerYear = pathway.Demand.ContactsPerYear },
            Run = pathway.Run,
            Pathway = pathway.Pathway,
        };
    }

    /// <summary>One screening stage, open around the clock, every contact green and closed at screening: an M/M/c queue.</summary>
    public static Scenario Mmc(int servers, double arrivalsPerHour, double serviceMinutes, int horizonDays) => FromYaml($$"""
        name: test-mmc
        population: { children: 92639 }
        run: { horizonDays: {{horizonDays}}, warmupDays: 10, drainDays: 10 }
        demand: { contactsPerYear: {{arrivalsPerHour * 24 * 365:R}} }
        mash:
          hours: { alwaysOpen: true }
          staff: { socialWorkers: {{servers}}, managers: 1, businessSupport: 0, emergencyDutyTeam: 0 }
          ragMix: { red: 0, amber: 0, green: 1 }
          screeningMinutes: { dist: exponential, mean: {{serviceMinutes:R}} }
          greenDecidedAtScreening: true
          decisions: { green: { noFurtherAction: 1 } }
          transfer: { steps: 0 }
        """);
}
