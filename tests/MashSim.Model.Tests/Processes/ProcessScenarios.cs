using MashSim.Model.DomesticAbuse;
using MashSim.Model.EarlyHelp;
using MashSim.Model.MetHub;
using MashSim.Model.Parameters;

namespace MashSim.Model.Tests.Processes;

/// <summary>The small front door of the model tests with the optional processes switched on, each section written in the file format (the rest from the built-in defaults).</summary>
internal static class ProcessScenarios
{
    /// <summary>Every process on, with durations short enough for everything to finish in the drain.</summary>
    public static Scenario AllOn(int horizonDays = 150) => TestScenarios.FrontDoor(horizonDays) with
    {
        DomesticAbuse = DomesticAbuse("notificationsPerYear: 2000, workers: 3, marac: { frequency: weekly, placesPerMeeting: 10 }"),
        MetHub = MetHub("""
            workers: 3
            missingChildren: { childrenPerYear: 300 }
            exploitation: { referralsPerYear: 200, monitoringWeeks: { dist: fixed, value: 3 }, mace: { everyWeeks: 2 } }
            """),
        EarlyHelpHub = EarlyHelp(workers: 60, "episodeWeeks: { dist: fixed, value: 2 }"),
    };

    /// <summary>An early help hub taking every family the MASH steps to early help, with short episodes.</summary>
    public static EarlyHelpHubParameters EarlyHelp(int workers, string more = "episodeWeeks: { dist: gamma, mean: 4, sd: 2 }") =>
        Sections($"earlyHelpHub: {{ workers: {workers}, caseloadCap: 10, hubShare: 1, escalationPerWeekWaiting: 0.05, {more} }}").EarlyHelpHub!;

    /// <summary>A domestic abuse section: <paramref name="fields"/> are the inside of its flow mapping.</summary>
    public static DomesticAbuseParameters DomesticAbuse(string fields) => Sections($"domesticAbuse: {{ {fields} }}").DomesticAbuse!;

    /// <summary>A MET hub section: <paramref name="block"/> is its body, in block style.</summary>
    public static MetHubParameters MetHub(string block) =>
        Sections("metHub:\n" + string.Join("\n", block.Split('\n').Select(line => "  " + line))).MetHub!;

    private static Scenario Sections(string yaml) => TestScenarios.FromYaml($$"""
        name: sections
        population: { children: 9000 }
        run: { horizonDays: 100, warmupDays: 10 }
        demand: { contactsPerYear: 1500 }
        mash: { staff: { socialWorkers: 8, managers: 2 } }
        {{yaml}}
        """);
}
