using MashSim.Experiments.Results;

namespace MashSim.Outputs.Diagrams;

/// <summary>
/// Writes a run's flows (flows.csv, states.csv) and its annotated workflow diagrams,
/// diagrams/contact-workflow.{dot,mmd,svg} and diagrams/case-workflow.{dot,mmd,svg} (the report embeds the SVGs).
/// </summary>
public static class DiagramFiles
{
    public const string Folder = "diagrams";

    public static string BaseName(string workflow) => $"{workflow}-workflow";

    public static void Write(string folder, ExperimentResult result, CancellationToken cancellation = default)
    {
        var annotated = WorkflowGraph.Names.Select(WorkflowGraph.Named)
            .Select(graph => (graph, flows: FlowTables.Of(result, graph)))
            .Where(x => x.flows is not null)
            .ToList();
        if (annotated.Count == 0) return;
        FlowTables.Write(folder, annotated.Select(x => x.flows!));
        string diagrams = Path.Combine(folder, Folder);
        Directory.CreateDirectory(diagrams);
        Rendering? missed = null;
        foreach (var (graph, flows) in annotated)
        {
            var rendering = WriteDiagram(Path.Combine(diagrams, BaseName(graph.Name)), graph, flows, result.Scenario.Name, cancellation);
            if (!rendering.Drawn) missed ??= rendering;
        }
        // Said once, naming the files as the finished folder holds them: the folder is still under its temporary name here.
        if (missed is not null)
            Console.Error.WriteLine($"warning: the workflow diagrams have no SVG and the report shows none: {missed.WhyNot}. " +
                                    $"The results are complete; {(missed.IsNotInstalled ? "install it and run again" : "mend Graphviz and run again")}, or paste the results folder's {Folder}/*.mmd into a Mermaid viewer.");
    }

    /// <summary>Writes <paramref name="basePath"/>.dot and .mmd, and .svg when Graphviz can draw it; returns whether it did, and why not (the caller says what to do).</summary>
    public static Rendering WriteDiagram(string basePath, WorkflowGraph graph, WorkflowFlows? flows, string? title, CancellationToken cancellation = default)
    {
        string dot = DiagramText.Dot(graph, flows, title);
        File.WriteAllText(basePath + ".dot", dot);
        File.WriteAllText(basePath + ".mmd", DiagramText.Mermaid(graph, flows, title));
        return GraphvizRenderer.RenderSvg(dot, basePath + ".svg", cancellation);
    }
}
