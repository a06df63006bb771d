using System.Globalization;
using System.Text.RegularExpressions;
using MashSim.Model;
using MashSim.Outputs.Diagrams;
using Stateless.Reflection;

namespace MashSim.Cli.Tests;

public class WorkflowDiagramTests
{
    private static readonly string[] Short = ["--reps", "2", "--set", "run.horizonDays=120", "--set", "run.warmupDays=30"];

    private static readonly Regex EdgeLine = new(@"^\s*(\w+) -> (\w+) \[label=""(\w+)(?: \[[^\]]*\])?(?:\\n([\d,.]+) a year)?""", RegexOptions.Multiline);
    private static readonly Regex NodeLine = new(@"^\s*(\w+) \[label=""\1(?:\\nmean [^""]+)?""", RegexOptions.Multiline);

    public static TheoryData<string> Workflows() => new(WorkflowGraph.Names);

    /// <summary>The transitions Stateless reports, read here straight from GetInfo, independently of WorkflowGraph.</summary>
    private static HashSet<(string From, string Trigger, string To)> MachineTransitions(StateMachineInfo info) =>
        info.States.SelectMany(s =>
                s.FixedTransitions.Select(t => (s.UnderlyingState.ToString()!, t.Trigger.UnderlyingTrigger.ToString()!, t.DestinationState.UnderlyingState.ToString()!))
                    .Concat(s.DynamicTransitions.SelectMany(d => d.PossibleDestinationStates.Select(p => (s.UnderlyingState.ToString()!, d.Trigger.UnderlyingTrigger.ToString()!, p.DestinationState)))))
            .ToHashSet();

    [Theory]
    [MemberData(nameof(Workflows))]
    public void The_drawn_states_and_transitions_are_the_machines(string workflow)
    {
        var info = workflow == "contact" ? WorkflowDiagrams.ContactInfo() : WorkflowDiagrams.CaseInfo();
        var stateType = workflow == "contact" ? typeof(MashSim.Model.Contacts.ContactState) : typeof(MashSim.Model.Pathway.Cases.CaseState);
        string dot = DiagramText.Dot(WorkflowGraph.Named(workflow));

        var drawnEdges = EdgeLine.Matches(dot).Where(m => m.Groups[1].Value != "start").Select(m => (m.Groups[1].Value, m.Groups[3].Value, m.Groups[2].Value)).ToList();
        Assert.Equal(drawnEdges.Count, drawnEdges.Distinct().Count());
        Assert.Equal(MachineTransitions(info).Order(), drawnEdges.Order());

        var drawnStates = NodeLine.Matches(dot).Select(m => m.Groups[1].Value).Where(s => s != "start").ToList();
        Assert.Equal(Enum.GetNames(stateType).Order(), drawnStates.Order());
        Assert.Contains($"start -> {info.InitialState.UnderlyingState};", dot);
    }

    [Fact]
    public void A_run_writes_flows_that_balance_and_diagrams_annotated_with_them()
    {
        using var temp = new TempFolder();
        var run = AppRun.Of(["run", "--out", temp.Path, .. Short]);
        Assert.Equal(0, run.ExitCode);
        var folder = AppRun.OnlyResultsFolder(temp.Path);
        double years = 2 * (120 - 30) / 365.0;

        foreach (var workflow in WorkflowGraph.Names)
        {
            var flows = FlowTables.Read(folder, workflow);
            var graph = WorkflowGraph.Named(workflow);
            Assert.Equal(graph.Edges.Select(e => (e.From, e.Trigger, e.To)), flows.Flows.Select(f => (f.From, f.Trigger, f.To)));
            Assert.All(flows.Flows, f => Assert.Equal(f.Count / years, f.PerYear, 9));
            // Every visit to a state that ended in the period left it by a transition to another state, counted once.
            foreach (var state in flows.States.Where(s => !graph.IsExit(s.State)))
                Assert.Equal(flows.Flows.Where(f => f.From == state.State && f.To != state.State).Sum(f => f.Count), state.Visits);
            Assert.True(flows.Flows.Sum(f => f.Count) > 0, workflow);

            // The annotated diagram shows exactly these flows, per year, on the same transitions.
            string dot = File.ReadAllText(Path.Combine(folder, "diagrams", $"{workflow}-workflow.dot"));
            var drawn = EdgeLine.Matches(dot).Where(m => m.Groups[1].Value != "start")
                .ToDictionary(m => (m.Groups[1].Value, m.Groups[3].Value, m.Groups[2].Value), m => double.Parse(m.Groups[4].Value, NumberStyles.Number, CultureInfo.InvariantCulture));
            foreach (var f in flows.Flows)
                Assert.Equal(f.PerYear, drawn[(f.From, f.Trigger, f.To)], f.PerYear < 10 ? 0.05 : 0.5);
            Assert.True(File.Exists(Path.Combine(folder, "diagrams", $"{workflow}-workflow.mmd")));
            Assert.Equal(GraphvizRenderer.Available, File.Exists(Path.Combine(folder, "diagrams", $"{workflow}-workflow.svg")));
        }

        // Every contact that arrived in the measured period left Received exactly once.
        var contact = FlowTables.Read(folder, "contact");
        double contacts = SummaryFile.Read(folder, "contacts").Mean * 2;
        Assert.Equal(contacts, contact.Flows.Where(f => f.From == "Received").Sum(f => f.Count));
        Assert.Equal(contacts, contact.States.Single(s => s.State == "Received").Visits);
    }

    [Fact]
    public void Graph_draws_a_results_folder_as_dot_mermaid_and_svg_and_refuses_a_folder_without_flows()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("runs"), .. Short]).ExitCode);
        var folder = AppRun.OnlyResultsFolder(temp.Sub("runs"));

        var dot = AppRun.Of(["graph", "--workflow", "case", "--results", folder, "--format", "dot"]);
        Assert.Equal(0, dot.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "diagrams", "case-workflow.dot")), dot.Output);

        var mermaid = AppRun.Of(["graph", "--results", folder]);
        Assert.Equal(0, mermaid.ExitCode);
        Assert.Contains("stateDiagram-v2", mermaid.Output);
        Assert.Contains("a year", mermaid.Output);

        string svg = temp.Sub("contact.svg");
        Assert.Equal(0, AppRun.Of(["graph", "--results", folder, "--out", svg]).ExitCode);
        Assert.True(File.Exists(temp.Sub("contact.dot")) && File.Exists(temp.Sub("contact.mmd")));
        Assert.Equal(GraphvizRenderer.Available, File.Exists(svg));

        var missing = AppRun.Of(["graph", "--results", temp.Path]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("flows.csv: not found", missing.Error);
    }

    /// <summary>An edited flows.csv or states.csv was drawn as it stood: negative flows, states the workflow does not have.</summary>
    [Theory]
    [InlineData("flows.csv", "contact,Received,Arrived,", "contact,Nowhere,Arrived,", "not a transition of the contact workflow")]
    [InlineData("flows.csv", "contact,Received,Arrived,AwaitingScreening,", "contact,Received,Arrived,AwaitingScreening,-", "count of zero or more")]
    [InlineData("states.csv", "contact,AwaitingScreening,", "contact,Limbo,", "not a state of the contact workflow")]
    public void Graph_refuses_flows_this_version_would_not_write_naming_the_file(string file, string find, string replace, string message)
    {
        using var temp = new TempFolder();
        Assert.Equal(0, AppRun.Of(["run", "--out", temp.Sub("runs"), .. Short]).ExitCode);
        var folder = AppRun.OnlyResultsFolder(temp.Sub("runs"));
        FileDamage.Replace(Path.Combine(folder, file), find, replace);
        var graph = AppRun.Of(["graph", "--results", folder]);
        Assert.Equal(2, graph.ExitCode);
        Assert.Contains(file, graph.Error);
        Assert.Contains(message, graph.Error);
    }
}
