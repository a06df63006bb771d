using System.Globalization;
using System.Text;

namespace MashSim.Outputs.Diagrams;

/// <summary>
/// A workflow graph as Graphviz DOT and as Mermaid, optionally annotated with a run's flows: on each transition the
/// contacts or children taking it a year, in each state the mean time spent there. Layout is left to Graphviz or Mermaid.
/// </summary>
public static class DiagramText
{
    // Invariant culture writes English: 12,345.6 (the app runs in globalization-invariant mode, with no en-GB data).
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Dot(WorkflowGraph graph, WorkflowFlows? flows = null, string? title = null)
    {
        var dot = new StringBuilder();
        dot.Append("digraph ").Append(graph.Name).AppendLine("_workflow {");
        dot.AppendLine("  rankdir=TB; nodesep=0.4; ranksep=0.5;");
        dot.AppendLine("  graph [fontname=\"Helvetica\", fontsize=14, labelloc=t];");
        dot.AppendLine("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef3f8\", color=\"#4a6b8a\", fontname=\"Helvetica\", fontsize=11];");
        dot.AppendLine("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#4a6b8a\"];");
        dot.Append("  label=").Append(Quote(Caption(graph, flows, title))).AppendLine(";");
        dot.AppendLine("  start [shape=circle, style=filled, fillcolor=black, label=\"\", width=0.18];");
        dot.Append("  start -> ").Append(graph.Initial).AppendLine(";");
        foreach (var state in graph.States)
        {
            dot.Append("  ").Append(state).Append(" [label=").Append(Quote(StateLabel(state, flows, "\\n")));
            if (graph.IsExit(state)) dot.Append(", peripheries=2, fillcolor=\"#f4f4f4\"");
            dot.AppendLine("];");
        }
        double busiest = flows is null ? 0 : graph.Edges.Max(flows.PerYear);
        foreach (var edge in graph.Edges)
        {
            dot.Append("  ").Append(edge.From).Append(" -> ").Append(edge.To).Append(" [label=").Append(Quote(EdgeLabel(edge, flows, "\\n")));
            if (flows is not null)
            {
                double perYear = flows.PerYear(edge);
                // Width shows volume; a transition no one took this run is drawn faint, not left out.
                if (perYear <= 0) dot.Append(", style=dashed, color=\"#aaaaaa\", fontcolor=\"#888888\"");
                else dot.Append(", penwidth=").Append((1 + 4 * perYear / busiest).ToString("0.##", CultureInfo.InvariantCulture));
            }
            dot.AppendLine("];");
        }
        dot.AppendLine("}");
        return dot.ToString();
    }

    public static string Mermaid(WorkflowGraph graph, WorkflowFlows? flows = null, string? title = null)
    {
        var text = new StringBuilder();
        text.AppendLine("---");
        text.Append("title: ").AppendLine(Caption(graph, flows, title).Replace("\\n", " "));
        text.AppendLine("---");
        text.AppendLine("stateDiagram-v2");
        text.AppendLine("\tdirection TB");
        foreach (var state in graph.States.Where(_ => flows is not null))
            text.Append("\tstate \"").Append(StateLabel(state, flows, " ")).Append("\" as ").AppendLine(state);
        text.Append("\t[*] --> ").AppendLine(graph.Initial);
        foreach (var edge in graph.Edges)
            text.Append('\t').Append(edge.From).Append(" --> ").Append(edge.To).Append(" : ").AppendLine(EdgeLabel(edge, flows, ", "));
        foreach (var exit in graph.States.Where(graph.IsExit))
            text.Append('\t').Append(exit).AppendLine(" --> [*]");
        return text.ToString();
    }

    /// <summary>A state's name and, with flows, its mean time: hours under two days, then days, then months.</summary>
    private static string StateLabel(string state, WorkflowFlows? flows, string newLine)
    {
        if (flows?.State(state) is not { } row || row.Visits == 0 || !double.IsFinite(row.MeanHours)) return state;
        return $"{state}{newLine}mean {Duration(row.MeanHours)}";
    }

    private static string EdgeLabel(WorkflowEdge edge, WorkflowFlows? flows, string newLine)
    {
        string label = edge.Criterion is null ? edge.Trigger : $"{edge.Trigger} [{edge.Criterion}]";
        return flows is null ? label : $"{label}{newLine}{PerYear(flows.PerYear(edge))} a year";
    }

    private static string Caption(WorkflowGraph graph, WorkflowFlows? flows, string? title)
    {
        string name = graph.Name == "contact" ? "The contact's workflow (front door)" : "The child's case workflow (after referral)";
        string head = title is null ? name : $"{name}: {title}";
        return flows is null ? head : $"{head}\\n{graph.Entities} a year on each transition, mean time in each state (measured period, mean over replications)";
    }

    internal static string Duration(double hours) =>
        hours < 48 ? $"{hours.ToString(hours < 10 ? "0.0" : "0", English)} h"
        : hours < 24 * 90 ? $"{(hours / 24).ToString("0.0", English)} days"
        : $"{(hours / (24 * 365.25 / 12)).ToString("0.0", English)} months";

    private static string PerYear(double perYear) => perYear.ToString(perYear is > 0 and < 10 ? "0.0" : "N0", English);

    private static string Quote(string text) => "\"" + text.Replace("\"", "\\\"") + "\"";
}
