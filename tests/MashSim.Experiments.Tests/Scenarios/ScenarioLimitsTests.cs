using MashSim.Experiments.Scenarios.Editing;
using System.Diagnostics;
using System.Text;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Limits;

namespace MashSim.Experiments.Tests.Scenarios;

/// <summary>Scenario text that would exhaust the parser is refused quickly, at a file and line, before any tree is built.</summary>
public class ScenarioLimitsTests
{
    /// <summary>Ten levels of nine aliases: 9^10 values once expanded, in a few hundred bytes.</summary>
    private static string Laughs(string prefix, int levels = 10)
    {
        var text = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < levels; i++) text.Append($"{prefix}{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        return text.ToString();
    }

    /// <summary>Refused, and long before the text could have been expanded: the bombs took 60-190 s of CPU before their
    /// bounds. Each is refused in well under a second on a quiet machine; the bound here is ten times that, since the
    /// tests share two cores with each other (a second was once missed by 92 ms under the full suite).</summary>
    private static ScenarioException RefusedQuickly(string path)
    {
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.ElapsedMilliseconds} ms");
        return error;
    }

    [Fact]
    public void A_billion_laughs_file_is_refused_at_the_alias_that_goes_over()
    {
        using var folder = new TempFolder();
        string path = folder.Write("laughs.yaml", "name: x\n" + Laughs("a"));
        var error = Assert.Single(RefusedQuickly(path).Errors);
        Assert.Equal(path, error.File);
        Assert.InRange(error.Line, 2, 11);
        Assert.Contains("alias bomb", error.Message);
    }

    [Fact]
    public void An_alias_bomb_inside_a_field_of_a_real_scenario_is_refused()
    {
        using var folder = new TempFolder();
        string valid = File.ReadAllText(Repository.File("scenarios/cumbria-2017-11.yaml"));
        int lines = valid.Split('\n').Length;
        // The bomb is a field of its own after the whole default scenario, where the binder would walk every expanded value.
        string path = folder.Write("field.yaml", valid + "\nbomb:\n  " + Laughs("a").TrimEnd().Replace("\n", "\n  ") + "\n");
        var error = Assert.Single(RefusedQuickly(path).Errors);
        Assert.True(error.Line > lines - 1, $"reported at line {error.Line}, before the bomb");
        Assert.Contains("alias bomb", error.Message);
    }

    [Fact]
    public void An_alias_bomb_given_with_set_is_refused_at_the_override()
    {
        string bomb = "{" + string.Join(", ", Laughs("a", 8).TrimEnd().Split('\n')) + ", z: [*a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7]}";
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadDefault(ScenarioEdit.ParseAll(["run.seed=3", $"demand.sourceMix={bomb}"])));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.ElapsedMilliseconds} ms");
        var problem = Assert.Single(error.Errors);
        Assert.Equal(("--set", 2, "demand.sourceMix"), (problem.File, problem.Line, problem.Field));
    }

    /// <summary>A plain list too long was called an alias bomb, though it had no alias in it.</summary>
    [Fact]
    public void A_long_list_without_aliases_is_refused_as_too_long_not_as_an_alias_bomb()
    {
        using var folder = new TempFolder();
        string values = string.Join(", ", Enumerable.Repeat("1", (int)YamlInputLimits.MaxExpandedNodes));
        string path = folder.Write("long-list.yaml", $"name: x\nmash:\n  screeningMinutes: {{dist: empirical, values: [{values}]}}\n");
        var error = Assert.Single(RefusedQuickly(path).Errors);
        Assert.Equal((path, 3), (error.File, error.Line));
        Assert.Contains("at most 100,000 values", error.Message);
        Assert.DoesNotContain("alias", error.Message);
    }

    [Fact]
    public void A_hundred_thousand_nested_brackets_are_refused_not_a_stack_overflow()
    {
        using var folder = new TempFolder();
        string path = folder.Write("deep.yaml", "name: x\nrun: " + new string('[', 100_000) + "\n");
        var error = Assert.Single(RefusedQuickly(path).Errors);
        Assert.Equal((path, 2), (error.File, error.Line));
        Assert.Contains($"more than {YamlInputLimits.MaxDepth} deep", error.Message);
    }

    [Fact]
    public void A_mapping_two_thousand_deep_is_refused_cleanly()
    {
        using var folder = new TempFolder();
        string path = folder.Write("deep-map.yaml", "name: x\nrun: " + string.Concat(Enumerable.Repeat("{a: ", 2000)) + "1" + new string('}', 2000) + "\n");
        var error = Assert.Single(RefusedQuickly(path).Errors);
        Assert.Contains("deep", error.Message);
        // Written as blocks, two thousand levels of indentation are over the size bound as well: either way, refused.
        string block = folder.Write("deep-block.yaml", "name: x\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', i) + "k:\n")) + new string(' ', 2000) + "v: 1\n");
        Assert.Single(RefusedQuickly(block).Errors);
    }

    [Fact]
    public void A_file_too_big_to_be_a_scenario_is_refused_before_it_is_read()
    {
        using var folder = new TempFolder();
        string path = folder.Write("big.yaml", "name: x\n# " + new string('x', 5 * YamlInputLimits.MaxCharacters) + "\n");
        var error = Assert.Single(RefusedQuickly(path).Errors);
        Assert.Equal((path, 1), (error.File, error.Line));
        Assert.Contains("at most", error.Message);
        string text = folder.Write("long.yaml", "name: x\n# " + new string('x', YamlInputLimits.MaxCharacters) + "\n");
        Assert.Contains("characters", Assert.Single(RefusedQuickly(text).Errors).Message);
    }

    [Fact]
    public void Every_shipped_scenario_is_well_inside_the_bounds()
    {
        foreach (var file in Directory.GetFiles(Repository.File("scenarios"), "*.yaml", SearchOption.AllDirectories))
        {
            YamlInputLimits.Check(File.ReadAllText(file), file);
        }
    }

    [Fact]
    public void A_bad_value_in_a_what_if_is_reported_in_the_what_if_not_in_its_base()
    {
        using var folder = new TempFolder();
        string scenarios = Repository.File("scenarios");
        File.Copy(Path.Combine(scenarios, "cumbria-2017-11.yaml"), folder.Sub("cumbria-2017-11.yaml"));
        string whatIf = File.ReadAllText(Path.Combine(scenarios, "cumbria-2017-11-demand-up-10.yaml")).Replace("value: 20381", "value: -20381");
        string path = folder.Write("my-what-if.yaml", whatIf);
        int line = Array.FindIndex(whatIf.Split('\n'), l => l.Contains("-20381")) + 1;

        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Errors);
        Assert.Equal(("demand.contactsPerYear", line), (error.Field, error.Line));
        Assert.EndsWith("my-what-if.yaml", error.File);
        Assert.Contains("zero or more", error.Message);
    }

    [Fact]
    public void A_bad_section_restated_in_a_what_if_is_reported_in_the_what_if()
    {
        using var folder = new TempFolder();
        folder.Write("base.yaml", "name: base\npopulation: { children: 9000 }\nrun: { horizonDays: 60, warmupDays: 7 }\ndemand: { contactsPerYear: 1500 }\nmash:\n  staff:\n    socialWorkers: 8\n    managers: 2\n");
        string path = folder.Write("child.yaml", "extends: base.yaml\nname: child\nmash:\n  staff:\n    managers: 0\n");
        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Errors);
        Assert.Equal((path, 5, "mash.staff.managers"), (error.File, error.Line, error.Field));
    }
}
