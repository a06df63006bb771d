using System.CommandLine;
using MashSim.Cli.Terminal;
using MashSim.Outputs.Bundles;
using MashSim.Outputs.Folders;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim rerun DIR</c>: runs a results folder's own command again from the files inside it, into a new folder, and reports whether every output is byte-identical.</summary>
public sealed class RerunCommand(IAnsiConsole terminal, CommandLineInvoker invoker)
{
    private readonly Argument<string> _folder = new("folder") { Description = "A results folder that mashsim wrote (it holds manifest.json)." };
    private readonly Option<int?> _threads = new("--threads") { Description = "Threads for the rerun; the outputs must not depend on it." };
    private readonly Option<string?> _out = new("--out") { Description = "Folder under which the new results folder is created (default: beside the original)." };

    public Command Build()
    {
        var command = new Command("rerun", "Run a results folder again from its manifest and resolved scenario into a new folder, and report whether every output file is byte-identical (exit 0) or not (exit 3).")
        {
            _folder, _threads, _out,
        };
        HelpExamples.Add(command, "rerun results/cumbria-2017-11-20250101-120000", "rerun results/compare-cumbria-2017-01-vs-police-back-20250101-120000 --threads 1");
        command.SetAction(parsed =>
        {
            string original = Path.GetFullPath(Path.TrimEndingDirectorySeparator(parsed.GetValue(_folder)!));
            if (!Directory.Exists(original)) throw new UsageException($"'{original}' is not a folder.");
            var (recorded, version) = ManifestFile.ReadRerun(original);
            var arguments = recorded.Select(a => a.Replace(ManifestFile.BundlePlaceholder, original)).ToList();
            string root = parsed.GetValue(_out) ?? Path.GetDirectoryName(original)!;
            CommandChecks.FolderIsUsable(root);
            // The rerun writes into a fresh folder of its own, so there is no doubt which folder it made.
            string scratch = Path.Combine(root, ".rerun-" + Guid.NewGuid().ToString("N"));
            arguments.AddRange(["--out", scratch]);
            if (parsed.GetValue(_threads) is { } threads) arguments.AddRange(["--threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            terminal.MarkupLine($"Rerunning: mashsim {Markup.Escape(string.Join(' ', arguments))}");
            try
            {
                int exit = invoker.Invoke(arguments.ToArray());
                if (exit != ExitCodes.Success) return exit;
                string made = Directory.GetDirectories(scratch).Single();
                string rerun = ResultsFolder.MoveInto(root, made);
                if (version != ManifestFile.Version)
                {
                    terminal.MarkupLine($"[yellow]The original was made by MashSim {Markup.Escape(version ?? "(unknown)")}; this is {Markup.Escape(ManifestFile.Version)}: a difference may come from the version.[/]");
                }
                return Report(original, rerun);
            }
            finally
            {
                if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
            }
        });
        return command;
    }

    private int Report(string original, string rerun)
    {
        var files = BundleComparison.Compare(original, rerun);
        var table = new Table().Border(TableBorder.Rounded).Title("Rerun against the original, byte for byte (manifest.json aside)")
            .AddColumn("File").AddColumn("Result");
        foreach (var file in files)
        {
            table.AddRow(Markup.Escape(file.File), file.State switch
            {
                BundleComparison.FileState.Identical => "[green]identical[/]",
                BundleComparison.FileState.Different => "[red]different[/]",
                BundleComparison.FileState.OnlyInOriginal => "[red]not made by the rerun[/]",
                _ => "[red]new in the rerun[/]",
            });
        }
        terminal.Write(table);
        bool identical = files.All(f => f.State == BundleComparison.FileState.Identical);
        terminal.MarkupLine(identical
            ? $"Every one of {files.Count} output files is byte-identical. Rerun: [link]{Markup.Escape(rerun)}[/]"
            : $"[red]{files.Count(f => f.State != BundleComparison.FileState.Identical)} of {files.Count} files differ.[/] Rerun: [link]{Markup.Escape(rerun)}[/]");
        return identical ? ExitCodes.Success : ExitCodes.NotReproduced;
    }
}
