using MashSim.Model.Parameters;
using MashSim.Experiments.Scenarios.Editing;
using MashSim.Experiments.Scenarios;
using MashSim.Kernel.Random;
using MashSim.Model.Contacts;

namespace MashSim.Experiments.Tests.Scenarios;

public class ScenarioLoaderTests
{
    private const string Base = """
        name: base
        run: { horizonDays: 100, warmupDays: 10, seed: 5 }
        population: { children: 9000 }
        demand: { contactsPerYear: 1500 }
        mash:
          staff:
            socialWorkers: { value: 8, source: "002 para 13" }
            managers: 3
          screeningMinutes: { dist: lognormal, mean: 30, sd: 20, assumption: "local practice" }
          checks:
            agencies:
              - name: police
                colocated: false
              - name: health
        """;

    [Fact]
    public void A_child_scenario_inherits_from_its_base_and_overrides_only_what_it_names()
    {
        using var folder = new TempFolder();
        folder.Write("base.yaml", Base);
        string child = folder.Write("child.yaml", "extends: base.yaml\nname: child\nmash:\n  staff:\n    socialWorkers: 10\n");
        var scenario = ScenarioLoader.Load(child).Scenario;
        Assert.Equal("child", scenario.Name);
        Assert.Equal(10, scenario.Mash.Staff.SocialWorkers);
        Assert.Equal(3, scenario.Mash.Staff.Managers);
        Assert.Equal(100, scenario.Run.HorizonDays);
        Assert.Equal(2, scenario.Mash.Checks.Agencies.Count);
        Assert.Equal(DistributionKind.LogNormal, scenario.Mash.ScreeningMinutes.Dist);
    }

    [Fact]
    public void A_child_changes_one_named_agency_without_restating_the_others()
    {
        using var folder = new TempFolder();
        folder.Write("base.yaml", Base);
        string child = folder.Write("child.yaml", "extends: base.yaml\nname: child\nmash:\n  checks:\n    agencies:\n      - name: police\n        colocated: true\n      - name: education\n");
        var agencies = ScenarioLoader.Load(child).Scenario.Mash.Checks.Agencies;
        Assert.Equal(["police", "health", "education"], agencies.Select(a => a.Name));
        Assert.True(agencies[0].Colocated);
    }

    [Fact]
    public void Extends_chains_resolve_in_order_and_an_error_in_a_base_names_the_base_file()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", "name: a\nrun:\n  seed: 1\n  horizonDays: 50\n  warmupDays: 5\npopulation: { children: 9000 }\ndemand: { contactsPerYear: 1500 }\nmash: { staff: { socialWorkers: 8, managers: 2 } }\n");
        folder.Write("b.yaml", "extends: a.yaml\nrun:\n  seed: 2\n");
        string c = folder.Write("c.yaml", "extends: b.yaml\nname: c\n");
        var scenario = ScenarioLoader.Load(c).File;
        Assert.Equal((2L, 50), (scenario.Run.Seed, scenario.Run.HorizonDays));

        folder.Write("a.yaml", "name: a\nrun:\n  seed: 1\n  horizonDays: fifty\n  warmupDays: 5\npopulation: { children: 9000 }\ndemand: { contactsPerYear: 1500 }\nmash: { staff: { socialWorkers: 8, managers: 2 } }\n");
        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(c)).Errors);
        Assert.EndsWith("a.yaml", error.File);
        Assert.Equal((4, "run.horizonDays"), (error.Line, error.Field));
    }

    [Fact]
    public void A_cycle_of_extends_is_an_error_naming_the_cycle()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", "extends: b.yaml\nname: a\n");
        string b = folder.Write("b.yaml", "extends: a.yaml\nname: b\n");
        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(b)).Errors);
        Assert.Equal("extends", error.Field);
        Assert.Contains("cycle", error.Message);
        Assert.Contains("a.yaml -> b.yaml", error.Message);
    }

    [Fact]
    public void A_missing_base_is_an_error_at_the_extends_line()
    {
        using var folder = new TempFolder();
        string child = folder.Write("child.yaml", "name: child\n\nextends: nowhere.yaml\n");
        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(child)).Errors);
        Assert.Equal((child, 3, "extends"), (error.File, error.Line, error.Field));
        Assert.Contains("nowhere.yaml", error.Message);
    }

    [Fact]
    public void Set_overrides_nested_values_list_items_and_whole_distributions()
    {
        using var folder = new TempFolder();
        string path = folder.Write("base.yaml", Base);
        var scenario = ScenarioLoader.Load(path, ScenarioEdit.ParseAll(
        [
            "mash.staff.socialWorkers=12",
            "mash.checks.agencies[1].colocated=false",
            "mash.decisionMinutes={dist: fixed, value: 25}",
            "demand.weekdayProfile=[1, 1, 1, 1, 1, 0, 0]",
            "run.start=2018-01-01",
        ])).Scenario;
        Assert.Equal(12, scenario.Mash.Staff.SocialWorkers);
        Assert.False(scenario.Mash.Checks.Agencies[1].Colocated);
        Assert.Equal(DistributionSpec.Fixed(25), scenario.Mash.DecisionMinutes);
        Assert.Equal([1.0, 1, 1, 1, 1, 0, 0], scenario.Demand.WeekdayProfile);
        Assert.Equal(new DateOnly(2018, 1, 1), scenario.Run.Start);
    }

    [Theory]
    [InlineData("mash.staff.socialWorker=3", "mash.staff.socialWorker", "did you mean 'socialWorkers'")]
    [InlineData("mash.checks.agencies[5].colocated=true", "mash.checks.agencies[5].colocated", "no [5]")]
    [InlineData("mash.checks.agencies[2147483648].colocated=true", "mash.checks.agencies[2147483648].colocated", "has 2 item(s), so there is no [2147483648]")]
    [InlineData("mash.checks.agencies[99999999999999999999].colocated=true", "mash.checks.agencies[99999999999999999999].colocated", "there is no [99999999999999999999]")]
    [InlineData("mash.checks.agencies[\u0663].colocated=true", "mash.checks.agencies[\u0663].colocated", "digits 0-9")]
    [InlineData("mash.checks.agencies[\uFF11].colocated=true", "mash.checks.agencies[\uFF11].colocated", "digits 0-9")]
    [InlineData("run.drainDays=2147483647", "run.drainDays", "at most 36,500 days")] // was reported as run.horizonDays in the file
    [InlineData("run.seed.value.x=1", "run.seed.value.x", "single value")]
    [InlineData("mash.staff.socialWorkers", "mash.staff.socialWorkers", "path=value")]
    [InlineData("mash.staff.socialWorkers=ten", "mash.staff.socialWorkers", "whole number")]
    [InlineData("mash.staff.socialWorkers=12\n---\n13", "mash.staff.socialWorkers", "holds 2 YAML documents")] // the first was used, unsaid
    public void A_bad_override_is_reported_against_the_command_line(string assignment, string field, string message)
    {
        using var folder = new TempFolder();
        string path = folder.Write("base.yaml", Base);
        var errors = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path, ScenarioEdit.ParseAll(["run.seed=9", assignment]))).Errors;
        var error = Assert.Single(errors);
        Assert.Equal(("--set", 2, field), (error.File, error.Line, error.Field));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_plain_value_is_shown_as_read_without_its_comment()
    {
        // The run's name and description showed "12 # two more" (a folder "...-12-two-more").
        var edit = Assert.Single(ScenarioEdit.ParseAll(["mash.staff.socialWorkers=12 # two more"]));
        Assert.Equal("mash.staff.socialWorkers=12", edit.ToString());
        Assert.Equal("mash.decisionMinutes={dist: fixed, value: 25}", Assert.Single(ScenarioEdit.ParseAll(["mash.decisionMinutes={dist: fixed, value: 25}"])).ToString());
    }

    /// <summary>A meeting day is one of its team's working days, whatever they are: not only a weekday, and not one the edit took away.</summary>
    [Fact]
    public void A_meeting_day_is_checked_against_the_working_days_as_edited()
    {
        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadDefault(ScenarioEdit.ParseAll(["mash.hours.days=[Sunday]"]))).Errors);
        Assert.Equal("pathway.earlyHelp.panelDay", error.Field);
        Assert.Contains("(Sunday), not Wednesday", error.Message);

        var weekend = ScenarioLoader.LoadDefault(ScenarioEdit.ParseAll(["mash.hours.days=[Tuesday, Wednesday, Saturday]", "pathway.earlyHelp.panelDay=Saturday"])).Scenario;
        Assert.Equal(DayOfWeek.Saturday, weekend.Pathway!.EarlyHelp.PanelDay);
        var maceOnSaturday = ScenarioLoader.Load(Repository.File("scenarios/cambridgeshire-2019-01-front-door-work.yaml"),
            ScenarioEdit.ParseAll(["metHub.hours.days=[Monday, Saturday]", "metHub.exploitation.mace.day=Saturday"])).Scenario;
        Assert.Equal(DayOfWeek.Saturday, maceOnSaturday.MetHub!.Exploitation!.Mace.Day);
    }

    [Fact]
    public void Provenance_records_sources_assumptions_and_figures_that_say_neither()
    {
        using var folder = new TempFolder();
        string path = folder.Write("base.yaml", Base);
        var provenance = ScenarioLoader.Load(path, ScenarioEdit.ParseAll(["run.horizonDays=30"])).Provenance.ToDictionary(p => p.FieldPath);
        Assert.Equal((ProvenanceKind.Source, "002 para 13", "8", 7), (provenance["mash.staff.socialWorkers"].Kind,
            provenance["mash.staff.socialWorkers"].Citation, provenance["mash.staff.socialWorkers"].ValueText, provenance["mash.staff.socialWorkers"].Line));
        Assert.Equal(ProvenanceKind.Assumption, provenance["mash.screeningMinutes.mean"].Kind);
        Assert.Equal("local practice", provenance["mash.screeningMinutes.sd"].Citation);
        Assert.Equal(ProvenanceKind.Unstated, provenance["mash.staff.managers"].Kind);
        Assert.Equal((ProvenanceKind.Assumption, "--set"), (provenance["run.horizonDays"].Kind, provenance["run.horizonDays"].File));
        Assert.DoesNotContain("name", provenance.Keys);
    }

    public static TheoryData<string> ShippedScenarios()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repository.File("scenarios"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(Repository.Root(), file));
        }
        return files;
    }

    /// <summary>Every resolved scenario must load again to itself: reruns, sweeps and merges all start from it.</summary>
    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Every_shipped_scenario_resolves_to_yaml_that_loads_back_to_the_same_yaml(string file)
    {
        string yaml = ScenarioLoader.ToYaml(ScenarioLoader.Load(Repository.File(file)).File);
        Assert.Equal(yaml, ScenarioLoader.ToYaml(ScenarioLoader.LoadText(yaml, "resolved").File));
    }

    [Fact]
    public void The_resolved_yaml_reads_back_as_the_same_scenario()
    {
        var original = ScenarioLoader.LoadDefault().File;
        string yaml = ScenarioLoader.ToYaml(original);
        var again = ScenarioLoader.LoadText(yaml, "resolved").File;
        Assert.Equal(yaml, ScenarioLoader.ToYaml(again));
        Assert.Equal(original.Mash.Staff, again.Mash.Staff);
        Assert.Equal(original.Run, again.Run);
        Assert.Equal(original.Pathway!.InitialStock, again.Pathway!.InitialStock);
        Assert.Equal(original.Demand.HourProfile, again.Demand.HourProfile);
        Assert.Equal(original.Mash.Checks.Agencies.Select(a => a.ReplyMinutes), again.Mash.Checks.Agencies.Select(a => a.ReplyMinutes));
    }

    [Fact]
    public void An_initial_stock_round_trips_through_the_resolved_yaml()
    {
        const string yaml = """
            name: stocked
            population: { children: 9000 }
            run: { horizonDays: 100, warmupDays: 10 }
            demand: { contactsPerYear: 1500 }
            mash: { staff: { socialWorkers: 8, managers: 2 } }
            pathway:
              team: { socialWorkers: 20 }
              initialStock:
                childProtectionPlans: { value: 523, source: "002" }
                childInNeedPlans: 1500
            """;
        var original = ScenarioLoader.LoadText(yaml, "inline").File;
        Assert.Equal((523, 1500), (original.Pathway!.InitialStock.ChildProtectionPlans, original.Pathway.InitialStock.ChildInNeedPlans));
        string resolved = ScenarioLoader.ToYaml(original);
        Assert.Contains("initialStock: {childProtectionPlans: 523, childInNeedPlans: 1500, lookedAfter: 0}", resolved);
        var again = ScenarioLoader.LoadText(resolved, "resolved").File;
        Assert.Equal(original.Pathway.InitialStock, again.Pathway!.InitialStock);
        Assert.Equal(resolved, ScenarioLoader.ToYaml(again));
    }

    [Fact]
    public void Every_shipped_scenario_validates()
    {
        string scenarios = Path.Combine(Repository.Root(), "scenarios");
        var files = Directory.GetFiles(scenarios, "*.yaml", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var loaded = ScenarioLoader.Load(file);
            Assert.False(string.IsNullOrEmpty(loaded.Scenario.Name), file);
        }
    }

    [Fact]
    public void The_built_in_default_is_the_cumbria_file_and_every_figure_in_it_is_sourced_or_an_assumption()
    {
        var builtIn = ScenarioLoader.LoadDefault();
        var file = ScenarioLoader.Load(Path.Combine(Repository.Root(), ScenarioLoader.DefaultScenarioFile));
        Assert.Equal(ScenarioLoader.ToYaml(file.File), ScenarioLoader.ToYaml(builtIn.File));
        Assert.Equal("cumbria-2017-11", builtIn.Scenario.Name);
        Assert.DoesNotContain(builtIn.Provenance, p => p.Kind == ProvenanceKind.Unstated);
        Assert.Contains(builtIn.Provenance, p => p.FieldPath == "population.children" && p.Kind == ProvenanceKind.Source);
    }

    /// <summary>A number with no digit before its point is YAML 1.2's too: '.151' was refused as not a number.</summary>
    [Theory]
    [InlineData(".151", 0.151)]
    [InlineData("+.5", 0.5)]
    [InlineData("-.5", -0.5)]
    public void A_number_written_without_a_leading_zero_is_read(string written, double value)
    {
        var scenario = ScenarioLoader.LoadDefault(ScenarioEdit.ParseAll(["pathway.team.annualTurnover=.151", $"demand.annualGrowth={written}"])).Scenario;
        Assert.Equal(value, scenario.Demand.AnnualGrowth);
        Assert.Equal(0.151, scenario.Pathway!.Team.AnnualTurnover);
    }

    [Fact]
    public void Enum_values_accept_any_case_and_dashes()
    {
        var scenario = ScenarioLoader.LoadText("name: x\nmash:\n  screeningMinutes: { dist: Log-Normal, mean: 3, sd: 1 }\n  hours: { days: [monday, FRIDAY] }\n  staff: { socialWorkers: 8, managers: 2 }\n"
            + "population: { children: 9000 }\nrun: { horizonDays: 100, warmupDays: 10 }\ndemand: { contactsPerYear: 1500 }\n", "inline").Scenario;
        Assert.Equal(DistributionKind.LogNormal, scenario.Mash.ScreeningMinutes.Dist);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Friday], scenario.Mash.Hours.Days);
        Assert.Equal(RagRating.Red, Enum.Parse<RagRating>("Red"));
    }
}
