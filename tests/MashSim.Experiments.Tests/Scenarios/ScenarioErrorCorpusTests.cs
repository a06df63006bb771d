using MashSim.Experiments.Scenarios;

namespace MashSim.Experiments.Tests.Scenarios;

/// <summary>Malformed scenarios, one per kind of mistake: each must be reported at its file, line and field.</summary>
public class ScenarioErrorCorpusTests
{
    /// <summary>The base every case extends: the fields a scenario must give, so each case shows only its own mistake.</summary>
    private const string Valid = """
        name: corpus
        population:
          children: 90000
        run:
          horizonDays: 60
          warmupDays: 7
        demand:
          contactsPerYear: 15000
        mash:
          staff:
            socialWorkers: 8
            managers: 2
          screeningMinutes: { dist: lognormal, mean: 30, sd: 20 }
        pathway:
          team:
            socialWorkers: 100
        """;

    /// <summary>A case that starts with its name extends the valid base (one line more, so its expected line is one more).</summary>
    private static (string Yaml, int Line) OnTheBase(string yaml, int line) =>
        yaml.StartsWith("name:", StringComparison.Ordinal) ? ("extends: base.yaml\n" + yaml, line + 1) : (yaml, line);

    public static TheoryData<string, string, int, string, string> Cases => new()
    {
        // case name, YAML, expected line, expected field, a fragment of the message
        { "a MARAC with no places", "name: x\ndomesticAbuse:\n  marac:\n    placesPerMeeting: 0\n", 4, "domesticAbuse.marac.placesPerMeeting", "at least one case" },
        { "a MARAC on a Sunday", "name: x\ndomesticAbuse:\n  notificationsPerYear: 10\n  workers: 1\n  marac: { frequency: weekly, day: Sunday }\n", 5, "domesticAbuse.marac.day", "working day" },
        { "a MARAC on a day its team does not work", "name: x\ndomesticAbuse:\n  notificationsPerYear: 10\n  workers: 1\n  hours: { days: [Monday, Tuesday] }\n  marac: { frequency: weekly, day: Friday }\n", 6, "domesticAbuse.marac.day", "(Monday, Tuesday), not Friday" },
        { "a MACE on a day the MET hub does not work", "name: x\nmetHub:\n  workers: 2\n  hours: { days: [Monday] }\n  exploitation:\n    referralsPerYear: 10\n    mace: { day: Tuesday }\n", 7, "metHub.exploitation.mace.day", "(Monday), not Tuesday" },
        // The panel waited for a day that never came and the run failed on a date past 9999.
        { "an early help panel on a Saturday", "name: x\npathway:\n  earlyHelp:\n    panelDay: Saturday\n", 4, "pathway.earlyHelp.panelDay", "working day of mash.hours" },
        { "MASH days without the panel's day", "name: x\nmash:\n  hours:\n    days: [Saturday, Sunday]\npathway:\n  earlyHelp:\n    panelDay: Wednesday\n", 7, "pathway.earlyHelp.panelDay", "(Saturday, Sunday), not Wednesday" },
        { "MARAC outcomes that do not sum to 1", "name: x\ndomesticAbuse:\n  marac:\n    outcomes: { actions: 0.5, referral: 0.2, noFurtherAction: 0.2 }\n", 4, "domesticAbuse.marac.outcomes", "sum to 1" },
        { "a MET hub with no work", "name: x\nmetHub:\n  workers: 3\n", 2, "metHub", "needs some work" },
        { "a return home interview declined more than always", "name: x\nmetHub:\n  workers: 2\n  missingChildren:\n    childrenPerYear: 10\n    declineProbability: 1.2\n", 6, "metHub.missingChildren.declineProbability", "between 0 and 1" },
        { "every missing child missing again", "name: x\nmetHub:\n  workers: 2\n  missingChildren:\n    childrenPerYear: 10\n    repeatProbability: 1\n", 6, "metHub.missingChildren.repeatProbability", "below 1" },
        { "a MACE meeting every zero weeks", "name: x\nmetHub:\n  exploitation:\n    mace:\n      everyWeeks: 0\n", 5, "metHub.exploitation.mace.everyWeeks", "at least 1" },
        { "an early help hub without its number of workers", "name: x\nearlyHelpHub:\n  caseloadCap: 10\n", 2, "earlyHelpHub.workers", "required" },
        { "an early help hub with no workers", "name: x\nearlyHelpHub:\n  workers: 0\n", 3, "earlyHelpHub.workers", "at least one worker" },
        { "an early help caseload cap of zero", "name: x\nearlyHelpHub:\n  workers: 5\n  caseloadCap: 0\n", 4, "earlyHelpHub.caseloadCap", "at least 1" },
        { "unknown key with a suggestion", "name: x\nmash:\n  staf:\n    socialWorkers: 8\n", 3, "mash.staf", "did you mean 'staff'" },
        { "unknown top-level key", "name: x\npopulaton:\n  children: 5\n", 2, "populaton", "did you mean 'population'" },
        { "word where a whole number goes", "name: x\nmash:\n  staff:\n    socialWorkers: eight\n", 4, "mash.staff.socialWorkers", "whole number" },
        { "fraction where a whole number goes", "name: x\nmash:\n  staff:\n    managers: 2.5\n", 4, "mash.staff.managers", "whole number" },
        { "number too large", "name: x\nrun:\n  horizonDays: 99999999999\n", 3, "run.horizonDays", "too large" },
        { "not a number", "name: x\ndemand:\n  contactsPerYear: lots\n", 3, "demand.contactsPerYear", "expected a number" },
        { "infinity", "name: x\ndemand:\n  contactsPerYear: .inf\n", 3, "demand.contactsPerYear", "number" },
        { "negative infinity", "name: x\ndemand:\n  annualGrowth: -.Inf\n", 3, "demand.annualGrowth", "expected a finite number, not '-.Inf'" },
        { "not a number", "name: x\ndemand:\n  contactsPerYear: .NaN\n", 3, "demand.contactsPerYear", "expected a finite number, not '.NaN'" },
        { "negative staff", "name: x\nmash:\n  staff:\n    emergencyDutyTeam: -1\n", 4, "mash.staff.emergencyDutyTeam", "zero or more" },
        { "no MASH social workers", "name: x\nmash:\n  staff:\n    socialWorkers: 0\n", 4, "mash.staff.socialWorkers", "at least one" },
        { "probabilities that do not sum to 1", "name: x\nmash:\n  ragMix:\n    red: 0.5\n    amber: 0.5\n    green: 0.5\n", 3, "mash.ragMix", "sum to 1" },
        { "probability above 1", "name: x\nmash:\n  ragMix: { red: 1.5, amber: 0, green: 0 }\n", 3, "mash.ragMix.red", "between 0 and 1" },
        { "bad boolean", "name: x\nmash:\n  greenDecidedAtScreening: maybe\n", 3, "mash.greenDecidedAtScreening", "true or false" },
        { "bad enum with the allowed values", "name: x\nmash:\n  screeningMinutes: { dist: weibull, mean: 3 }\n", 3, "mash.screeningMinutes.dist", "logNormal" },
        // Each of these passed validation and failed the run with NaN or infinite minutes drawn.
        { "a lognormal sd whose square overflows", "name: x\nmash:\n  screeningMinutes: { dist: lognormal, mean: 30, sd: 1e308 }\n", 3, "mash.screeningMinutes.sd", "at most 1e12" },
        { "a lognormal mean that underflows", "name: x\nmash:\n  screeningMinutes: { dist: lognormal, mean: 4.9e-324, sd: 20 }\n", 3, "mash.screeningMinutes.mean", "at least 1e-12" },
        { "an exponential mean of 1e308", "name: x\nmash:\n  screeningMinutes: { dist: exponential, mean: 1e308 }\n", 3, "mash.screeningMinutes.mean", "at most 1e12" },
        { "a gamma mean that underflows", "name: x\nmash:\n  screeningMinutes: { dist: gamma, mean: 4.9e-324, sd: 1 }\n", 3, "mash.screeningMinutes.mean", "at least 1e-12" },
        { "a gamma sd whose square overflows", "name: x\nmash:\n  screeningMinutes: { dist: gamma, mean: 1, sd: 1e200 }\n", 3, "mash.screeningMinutes.sd", "at most 1e12" },
        { "a gamma sd whose square underflows", "name: x\nmash:\n  screeningMinutes: { dist: gamma, mean: 30, sd: 1e-160 }\n", 3, "mash.screeningMinutes.sd", "at least 1e-12" },
        { "a triangular max whose square overflows", "name: x\nmash:\n  screeningMinutes: { dist: triangular, min: 0, mode: 0, max: 1e308 }\n", 3, "mash.screeningMinutes.max", "at most 1e12" },
        { "a fixed value of 1e308", "name: x\nmash:\n  screeningMinutes: { dist: fixed, value: 1e308 }\n", 3, "mash.screeningMinutes.value", "at most 1e12" },
        { "a uniform max of 1e308", "name: x\nmash:\n  screeningMinutes: { dist: uniform, min: 0, max: 1e308 }\n", 3, "mash.screeningMinutes.max", "at most 1e12" },
        { "an empirical value of 1e308", "name: x\nmash:\n  screeningMinutes: { dist: empirical, values: [1, 1e308] }\n", 3, "mash.screeningMinutes.values", "values[1] is" },
        { "a vacancy sd whose square overflows", "name: x\npathway:\n  team:\n    vacancyWeeks: { dist: lognormal, mean: 10, sd: 1e308 }\n", 4, "pathway.team.vacancyWeeks.sd", "at most 1e12" },
        { "a stay in care of 1e300 months", "name: x\npathway:\n  lookedAfter:\n    meanStayMonths: 1e300\n", 4, "pathway.lookedAfter.meanStayMonths", "at most 1e12" },
        { "a checks deadline of infinite minutes", "name: x\nmash:\n  checks:\n    deadlineWorkingHours: 1e308\n", 4, "mash.checks.deadlineWorkingHours", "at most 1e12 hours" },
        // Each of these ran into a date past the year 9999 and failed the run.
        { "a first child protection review 100,000 months on", "name: x\npathway:\n  childProtectionPlan:\n    firstReviewMonths: 100000\n", 4, "pathway.childProtectionPlan.firstReviewMonths", "at most 1,200 months (100 years)" },
        { "child protection reviews two billion months apart", "name: x\npathway:\n  childProtectionPlan:\n    reviewIntervalMonths: 2147483647\n", 4, "pathway.childProtectionPlan.reviewIntervalMonths", "at most 1,200 months" },
        { "child in need reviews 500,000 weeks apart", "name: x\npathway:\n  childInNeedPlan:\n    reviewIntervalWeeks: 500000\n", 4, "pathway.childInNeedPlan.reviewIntervalWeeks", "at most 5,218 weeks (100 years)" },
        { "a MACE every two billion weeks", "name: x\nmetHub:\n  exploitation:\n    mace:\n      everyWeeks: 2147483647\n", 5, "metHub.exploitation.mace.everyWeeks", "at most 5,218 weeks" },
        { "two billion conference slots a day", "name: x\npathway:\n  conferences:\n    slotsPerWorkingDay: 2147483647\n", 4, "pathway.conferences.slotsPerWorkingDay", "at most 100,000" },
        { "distribution missing its sd", "name: x\nmash:\n  decisionMinutes: { dist: gamma, mean: 30 }\n", 3, "mash.decisionMinutes.sd", "needs 'sd'" },
        { "section where a value goes", "name: x\nrun:\n  seed:\n    a: 1\n", 3, "run.seed", "single value" },
        { "value where a section goes", "name: x\nmash: lots\n", 2, "mash", "section" },
        { "value where a list goes", "name: x\ndemand:\n  weekdayProfile: 7\n", 3, "demand.weekdayProfile", "list" },
        { "profile of the wrong length", "name: x\ndemand:\n  weekdayProfile: [1, 1, 1]\n", 3, "demand.weekdayProfile", "7 weights" },
        { "missing required name", "run:\n  seed: 3\n", 1, "name", "required" },
        { "a name that cannot be a folder", "name: my scenario\n", 1, "name", "letters, digits and dashes" },
        { "a name that would be a hidden folder", "name: .hidden\n", 1, "name", "starting with a letter or digit" },
        { "a name a shell reads as an option", "name: -rf\n", 1, "name", "starting with a letter or digit" },
        { "a name too long for a folder", "name: " + new string('x', 81) + "\n", 1, "name", "at most 80 characters" },
        { "a name with a path in it", "name: ../../elsewhere\n", 1, "name", "letters, digits and dashes" },
        { "a name outside ASCII", "name: café\n", 1, "name", "letters, digits and dashes" },
        { "warm-up longer than the run", "name: x\nrun:\n  horizonDays: 10\n  warmupDays: 20\n", 4, "run.warmupDays", "shorter than horizonDays" },
        { "no replications", "name: x\nrun:\n  replications: 0\n", 3, "run.replications", "at least 1" },
        { "a horizon beyond a century", "name: x\nrun:\n  horizonDays: 2920000\n", 3, "run.horizonDays", "at most 36,500 days" },
        { "a horizon past the calendar", "name: x\nrun:\n  start: 9800-01-01\n  horizonDays: 36000\n", 4, "run.horizonDays", "past the last date a run may reach, 9835-" },
        // Work booked from these runs reached past 9999 and failed them part-way.
        { "a start too near the calendar's end", "name: x\nrun:\n  start: 9990-01-01\n", 3, "run.start", "or earlier, not 9990-01-01" },
        { "a measured year too near the calendar's end", "name: x\nrun:\n  measuredFrom: 9999-01-01\n", 3, "run.measuredFrom", "starts after 9835-" },
        { "a start before 1900", "name: x\nrun:\n  start: 0001-01-01\n", 3, "run.start", "1900-01-01 or later, not 0001-01-01" },
        { "a drain past the calendar", "name: x\nrun:\n  start: 9800-01-01\n  drainDays: 36000\n", 4, "run.drainDays", "past the last date" },
        { "closing before opening", "name: x\nmash:\n  hours:\n    opens: \"17:00\"\n    closes: \"09:00\"\n", 5, "mash.hours.closes", "after opens" },
        { "bad time", "name: x\nmash:\n  hours:\n    opens: nine\n", 4, "mash.hours.opens", "time like 09:00" },
        { "bad date", "name: x\nrun:\n  start: 2017-13-45\n", 3, "run.start", "date like" },
        { "bad weekday", "name: x\nmash:\n  hours:\n    days: [Monday, Funday]\n", 4, "mash.hours.days[1]", "not one of" },
        { "both source and assumption", "name: x\nrun:\n  seed: { value: 3, source: a, assumption: b }\n", 3, "run.seed.assumption", "not both" },
        { "extra key beside value", "name: x\nrun:\n  seed: { value: 3, sauce: a }\n", 3, "run.seed.sauce", "beside 'value'" },
        { "transfer steps with no business support", "name: x\nmash:\n  staff: { businessSupport: 0 }\n", 3, "mash.staff", "never leave" },
        { "agency listed twice", "name: x\nmash:\n  checks:\n    agencies:\n      - name: police\n      - name: Police\n", 4, "mash.checks.agencies", "listed twice" },
        { "agency without a name", "name: x\nmash:\n  checks:\n    agencies:\n      - colocated: true\n", 5, "mash.checks.agencies[0].name", "required" },
        { "null for a value that needs one", "name: x\nrun:\n  seed: ~\n", 3, "run.seed", "needs a value" },
        { "syntax error", "name: x\nrun:\n  seed: [1, 2\n", 4, "", "not valid YAML" },
        { "duplicate key", "name: x\nrun:\n  seed: 1\n  seed: 2\n", 4, "", "not valid YAML" },
        // YamlDotNet places these at the start of the mapping (line 1) or the end of the line before: the tab's own line is named.
        { "a tab to indent a key", "name: x\nmash:\n\tstaff: 1\n", 3, "", "tab" },
        { "a tab to indent a nested key", "name: x\nmash:\n  staff:\n    socialWorkers: 5\n\tmanagers: 2\n", 5, "", "tab" },
        { "a list at the top", "- name: x\n", 1, "", "mapping" },
        { "empty file", "", 1, "", "empty" },
        { "two documents", "name: x\n---\nname: y\n", 3, "", "one YAML document" },
        { "negative initial stock", "name: x\npathway:\n  initialStock:\n    childInNeedPlans: -5\n", 4, "pathway.initialStock.childInNeedPlans", "zero or more children" },
        { "a response decision's chance above 1", "name: x\npathway:\n  referral:\n    noFurtherActionProbability: 1.5\n", 4, "pathway.referral.noFurtherActionProbability", "between 0 and 1" },
        { "a stay in care of no length", "name: x\npathway:\n  lookedAfter:\n    meanStayMonths: 0\n", 4, "pathway.lookedAfter.meanStayMonths", "greater than zero" },
        { "negative looked-after stock", "name: x\npathway:\n  initialStock:\n    lookedAfter: -1\n", 4, "pathway.initialStock.lookedAfter", "zero or more children" },
        { "a child protection review that escalates", "name: x\npathway:\n  childProtectionPlan:\n    firstReview: { continue: 0.5, escalate: 0.5 }\n", 4, "pathway.childProtectionPlan.firstReview", "does not escalate" },
        { "initial stock of plans that never end", "name: x\npathway:\n  childInNeedPlan:\n    review: { continue: 1 }\n  initialStock: { childInNeedPlans: 10 }\n", 5, "pathway.initialStock", "never end" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_malformed_scenario_is_reported_at_its_file_line_and_field(string kind, string yaml, int line, string field, string message)
    {
        using var folder = new TempFolder();
        folder.Write("base.yaml", Valid);
        (yaml, line) = OnTheBase(yaml, line);
        string path = folder.Write("bad.yaml", yaml);
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));
        Assert.Contains(error.Errors, e => e.File == path && e.Line == line && e.Field == field && e.Message.Contains(message, StringComparison.Ordinal));
        Assert.False(string.IsNullOrEmpty(kind));
    }

    [Fact]
    public void The_corpus_base_file_is_itself_valid()
    {
        using var folder = new TempFolder();
        Assert.Equal("corpus", ScenarioLoader.Load(folder.Write("ok.yaml", Valid)).Scenario.Name);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_not_only_the_first()
    {
        using var folder = new TempFolder();
        folder.Write("base.yaml", Valid);
        string path = folder.Write("many.yaml", OnTheBase("name: x\nrun:\n  seed: abc\n  horizonDays: -3\nmash:\n  staf: 1\n", 0).Yaml);
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));
        Assert.Equal(["mash.staf", "run.seed"], error.Errors.Select(e => e.Field).Order());
        Assert.Contains("many.yaml:4:9: run.seed:", error.Message);
    }

    /// <summary>A chain of 20,000 files extending one another took 19 s to validate; one deep enough would have overflowed the stack.</summary>
    [Fact]
    public void A_chain_of_extends_deeper_than_the_bound_is_refused_at_the_file_that_passes_it()
    {
        using var folder = new TempFolder();
        folder.Write("c0.yaml", Valid);
        for (int i = 1; i <= ScenarioDocumentsDepth + 2; i++) folder.Write($"c{i}.yaml", $"extends: c{i - 1}.yaml\nname: c{i}\n");
        Assert.Equal($"c{ScenarioDocumentsDepth}", ScenarioLoader.Load(folder.Sub($"c{ScenarioDocumentsDepth}.yaml")).Scenario.Name);
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(folder.Sub($"c{ScenarioDocumentsDepth + 2}.yaml")));
        var problem = Assert.Single(error.Errors);
        Assert.Equal(("extends", 1), (problem.Field, problem.Line));
        Assert.Contains($"more than {ScenarioDocumentsDepth} files deep", problem.Message);
    }

    private const int ScenarioDocumentsDepth = MashSim.Experiments.Scenarios.Binding.ScenarioDocuments.MaxExtendsDepth;

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("no/such/scenario.yaml"));
        Assert.Equal("no/such/scenario.yaml", Assert.Single(error.Errors).File);
    }
}
