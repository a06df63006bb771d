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

    public static void Write(string folder, ExperimentResult result)
    {
        var annotated = WorkflowGraph.Names.Select(WorkflowGraph.Named)
            .Select(graph => (graph, flows: FlowTables.Of(result, graph)))
            .Where(x => x.flows is not null)
            .ToList();
        if (annotated.Count == 0) return;
        FlowTables.Write(folder, annotated.Select(x => x.flows!));
        string diagrams = Path.Combine(folder, Folder);
        Directory.CreateDirectory(diagrams);
        bool drawn = true;
        foreach (var (graph, flows) in annotated)
            drawn &= WriteDiagram(Path.Combine(diagrams, BaseName(graph.Name)), graph, flows, result.Scenario.Name);
        // Said once, naming the files as the finished folder holds them: the folder is still under its temporary name here.
        if (!drawn)
            Console.Error.WriteLine($"warning: Graphviz 'dot' is not installed, so the workflow diagrams have no SVG and the report shows none; " +
                                    $"{GraphvizRenderer.HowToInstall} and run again, or paste the results folder's {Folder}/*.mmd into a Mermaid viewer.");
    }

    /// <summary>Writes <paramref name="basePath"/>.dot and .mmd, and .svg when Graphviz is installed; returns whether the SVG was drawn (the caller says what to do if not).</summary>
    public static bool WriteDiagram(string basePath, WorkflowGraph graph, WorkflowFlows? flows, string? title)
    {
        string dot = DiagramText.Dot(graph, flows, title);
        File.WriteAllText(basePath + ".dot", dot);
        File.WriteAllText(basePath + ".mmd", DiagramText.Mermaid(graph, flows, title));
        return GraphvizRenderer.TryRenderSvg(dot, basePath + ".svg");
    }
}
