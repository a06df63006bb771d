using System.CommandLine;
using MashSim.Cli.Terminal;
using MashSim.Model;
using MashSim.Outputs.Diagrams;
using MashSim.Outputs.Tables;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary>
/// <c>mashsim graph</c>: draws a workflow from its state machine (Mermaid, DOT or SVG through Graphviz), annotated with
/// a run's flows when given its results folder.
/// </summary>
public sealed class GraphCommand(IAnsiConsole terminal, ErrorWriter error)
{
    private readonly Option<string> _workflow = new("--workflow")
    {
        Description = "Which journey: 'contact' (the front door) or 'case' (after referral).",
        DefaultValueFactory = _ => "contact",
    };

    private readonly Option<string?> _results = new("--results")
    {
        Description = "A results folder of 'mashsim run': annotate the diagram with its flows (contacts or children a year on each transition, mean time in each state).",
        HelpName = "DIR",
    };

    private readonly Option<string?> _format = new("--format")
    {
        Description = "mermaid, dot or svg (svg needs Graphviz's dot). Default: from --out's extension, else mermaid.",
    };

    private readonly Option<string?> _out = new("--out")
    {
        Description = "Write the diagram to this file instead of printing it.",
        HelpName = "FILE",
    };

    public Command Build()
    {
        _workflow.AcceptOnlyFromAmong(WorkflowGraph.Names.ToArray());
        _format.AcceptOnlyFromAmong("mermaid", "dot", "svg");
        var command = new Command("graph", "Draw a workflow (the Stateless machine every contact or case follows) as Mermaid, DOT or SVG, with a run's flows on it given --results.")
            { _workflow, _results, _format, _out };
        HelpExamples.Add(command, "graph", "graph --workflow case --results results/<run folder> --format svg --out case.svg", "graph > workflow.mmd");
        command.SetAction((parsed, cancellation) => Task.FromResult(Draw(parsed, cancellation)));
        return command;
    }

    private int Draw(ParseResult parsed, CancellationToken cancellation)
    {
        string workflow = parsed.GetValue(_workflow)!;
        string? results = parsed.GetValue(_results);
        string? outFile = parsed.GetValue(_out);
        string format = parsed.GetValue(_format) ?? FormatOf(outFile);
        if (outFile is not null && Outputs.Folders.OutputFolderCheck.FileProblem(outFile) is { } problem) throw new UsageException($"--out: {problem}");
        var graph = WorkflowGraph.Named(workflow);
        var flows = results is null ? null : FlowTables.Read(results, workflow);
        string? title = results is null ? null : ScenarioName(results);

        if (format == "svg") return DrawSvg(graph, flows, title, outFile, cancellation);
        string text = format == "dot" ? DiagramText.Dot(graph, flows, title)
            : flows is null ? (workflow == "case" ? WorkflowDiagrams.Case() : WorkflowDiagrams.Contact())
            : DiagramText.Mermaid(graph, flows, title);
        if (!text.EndsWith('\n')) text += "\n";
        if (outFile is not null)
        {
            File.WriteAllText(outFile, text);
            return ExitCodes.Success;
        }
        var writer = terminal.Profile.Out.Writer;
        writer.Write(text);
        // Mermaid gets a viewing hint as a Mermaid comment, so the output saved to a file is still a valid diagram;
        // DOT is printed bare, since it is meant to be piped into Graphviz.
        if (format != "dot")
            writer.WriteLine($"%% To view: save this as workflow.mmd and open it at https://mermaid.live (or in any Markdown viewer with Mermaid, inside a ```mermaid block), e.g. {Outputs.Hints.Launcher.Hint("graph")} > workflow.mmd");
        return ExitCodes.Success;
    }

    private int DrawSvg(WorkflowGraph graph, WorkflowFlows? flows, string? title, string? outFile, CancellationToken cancellation)
    {
        if (outFile is null)
        {
            string temporary = Path.Combine(Path.GetTempPath(), $"mashsim-graph-{Guid.NewGuid():N}.svg");
            try
            {
                var rendering = GraphvizRenderer.RenderSvg(DiagramText.Dot(graph, flows, title), temporary, cancellation);
                if (rendering.IsNotInstalled)
                    throw new UsageException($"--format svg needs Graphviz's dot, which is not installed: {GraphvizRenderer.HowToInstall}, or use --format dot or mermaid.");
                if (!rendering.Drawn)
                {
                    error.Writer.WriteLine($"mashsim: {rendering.WhyNot}; nothing was written (--format dot or mermaid need no Graphviz).");
                    return ExitCodes.Failure;
                }
                terminal.Profile.Out.Writer.Write(File.ReadAllText(temporary));
            }
            finally
            {
                File.Delete(temporary);
            }
            return ExitCodes.Success;
        }
        string basePath = Path.ChangeExtension(outFile, null);
        if (!string.Equals(Path.GetExtension(outFile), ".svg", StringComparison.OrdinalIgnoreCase))
            throw new UsageException($"--out {outFile}: an SVG diagram's file name ends in .svg (its .dot and .mmd are written beside it).");
        var drawn = DiagramFiles.WriteDiagram(basePath, graph, flows, title, cancellation);
        error.Writer.WriteLine(drawn.Drawn
            ? $"wrote {outFile} (and {basePath}.dot, {basePath}.mmd)"
            : $"wrote {basePath}.dot and {basePath}.mmd but not the SVG: {drawn.WhyNot}; then run: dot -Tsvg {basePath}.dot -o {outFile}");
        // Not installed is the user's choice, said above; a Graphviz that is there and fails is a failure.
        return drawn.Drawn || drawn.IsNotInstalled ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>The scenario a results folder ran (from summary.json), as the run titled its own diagrams; else the folder's name.</summary>
    private static string ScenarioName(string folder)
    {
        using var document = SummaryFiles.ReadJson(folder);
        if (document is { RootElement.ValueKind: System.Text.Json.JsonValueKind.Object } && document.RootElement.TryGetProperty("scenario", out var name)
            && name.ValueKind == System.Text.Json.JsonValueKind.String && name.GetString() is { Length: > 0 } text) return text;
        return Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
    }

    private static string FormatOf(string? outFile) => Path.GetExtension(outFile ?? "").ToLowerInvariant() switch
    {
        ".svg" => "svg",
        ".dot" or ".gv" => "dot",
        _ => "mermaid",
    };
}
