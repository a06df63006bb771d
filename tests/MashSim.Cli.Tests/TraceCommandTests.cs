using System.Text.RegularExpressions;
using MashSim.Outputs.Traces;

namespace MashSim.Cli.Tests;

/// <summary>mashsim trace: timelines that reconcile with the event log, synthetic names fixed by the seed, and the same traces in the report.</summary>
public class TraceCommandTests
{
    private static readonly string[] Short = ["--set", "run.horizonDays=60", "--set", "run.warmupDays=10"];

    [Fact]
    public void Each_childs_timeline_has_one_line_per_row_of_the_event_log_and_the_report_tells_the_same_journeys()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Path, "--reps", "2", .. Short]).ExitCode);
        string folder = AppRun.OnlyResultsFolder(temp.Path);
        foreach (var where in new[] { "first", "late" })
        {
            var trace = AppRun.Of(["trace", folder, "--children", "4", "--where", where]);
            Assert.True(trace.ExitCode == 0, trace.Error);
            var children = Children(trace.Output);
            Assert.NotEmpty(children);
            var log = EventLogAndReportTests.EventLog.Read(folder);
            foreach (var (child, lines) in children)
            {
                var rows = log.Where(r => r["case"] == child).ToArray();
                Assert.Equal(rows.Length, lines.Count);
                // Every row's end time is on its line (the first line of a day carries the date, the rest the time).
                var times = rows.Select(r => r["end"][11..16]).Order(StringComparer.Ordinal);
                Assert.Equal(times, lines.Select(l => Regex.Match(l, @"\d\d:\d\d").Value).Order(StringComparer.Ordinal));
                if (where == "late") Assert.Contains(lines, l => l.Contains("LATE"));
            }
        }
        string report = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(folder, "report.html")));
        var first = Children(AppRun.Of(["trace", folder, "--children", "3"]).Output);
        foreach (var (child, lines) in first)
        {
            Assert.Contains($"({child})", report);
            Assert.Contains(lines[0], report);
        }
        Assert.Contains(SyntheticChild.Mark, report);
    }

    [Fact]
    public void The_same_seed_gives_the_same_synthetic_children_and_another_seed_others()
    {
        var a = AppRun.Of(["trace", "--children", "3", "--seed", "5", .. Short]);
        var b = AppRun.Of(["trace", "--children", "3", "--seed", "5", .. Short]);
        var c = AppRun.Of(["trace", "--children", "3", "--seed", "6", .. Short]);
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(a.Output, b.Output);
        Assert.NotEqual(Headings(a.Output), Headings(c.Output));
        Assert.All(Headings(a.Output), h => Assert.Contains(SyntheticChild.Mark, h));
        Assert.Equal(SyntheticChild.For(5, 42), SyntheticChild.For(5, 42));
        Assert.InRange(SyntheticChild.For(5, 42).Age, 0, 17);
    }

    [Fact]
    public void A_seed_with_an_event_log_is_a_usage_error()
    {
        using var temp = new TempFolder();
        string log = temp.Write("events.csv", "case,activity\n");
        var trace = AppRun.Of(["trace", log, "--seed", "3"]);
        Assert.Equal(2, trace.ExitCode);
        Assert.Contains("--seed", trace.Error);
    }

    private static string[] Headings(string output) => output.Split('\n').Where(l => l.Contains("(child-")).ToArray();

    /// <summary>The children a trace printed, each with its timeline lines.</summary>
    private static IReadOnlyList<(string Child, List<string> Lines)> Children(string output)
    {
        var children = new List<(string, List<string>)>();
        foreach (var line in output.Replace("\r", "").Split('\n'))
        {
            var heading = Regex.Match(line, @"\((child--?\d+)\)");
            if (heading.Success && !line.StartsWith("  ")) children.Add((heading.Groups[1].Value, []));
            else if (line.StartsWith("  ") && children.Count > 0) children[^1].Item2.Add(line.Trim());
        }
        return children;
    }

    /// <summary>A comparison's folder (no log, no single scenario) said "scenario.resolved.yaml:0:0: (file): no such file".</summary>
    [Fact]
    public void A_folder_without_a_log_or_a_log_without_its_scenario_is_named_for_what_it_lacks()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Sub("comparison"));
        File.WriteAllText(Path.Combine(temp.Sub("comparison"), "comparison.csv"), "outcome\n");
        var folder = AppRun.Of("trace", temp.Sub("comparison"));
        Assert.Equal(2, folder.ExitCode);
        Assert.Contains($"{Path.Combine(temp.Sub("comparison"), "events.csv")}: not found; trace reads the events.csv of a folder that mashsim run wrote", folder.Error);

        string lone = temp.Write("events.csv", string.Join(',', MashSim.Outputs.EventLog.EventLogFile.Columns) + "\n");
        var log = AppRun.Of("trace", lone);
        Assert.Equal(2, log.ExitCode);
        Assert.Contains($"{temp.Sub("scenario.resolved.yaml")}: not found; an event log is read with the scenario its run wrote beside it", log.Error);
    }
}
