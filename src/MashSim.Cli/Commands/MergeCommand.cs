using System.CommandLine;
using MashSim.Cli.Terminal;
using MashSim.Outputs;
using MashSim.Outputs.Bundles;
using MashSim.Outputs.ContactLog;
using MashSim.Outputs.Sharding;
using MashSim.Outputs.Sweeps;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace MashSim.Cli.Commands;

/// <summary><c>mashsim merge DIR...</c>: combines the partial results of every shard into exactly the folder one unsharded run writes.</summary>
public sealed class MergeCommand(IAnsiConsole terminal, IOptions<ResultsOptions> results)
{
    private readonly Argument<string[]> _folders = new("folders") { Description = "The folders that 'mashsim run --shard k/n' wrote, one per shard, in any order.", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string?> _out = new("--out") { Description = "Folder under which the merged results folder is created (default: results)." };

    public Command Build()
    {
        var command = new Command("merge", "Combine the partial results of 'mashsim run --shard k/n' or 'mashsim sweep --shard k/n' (all n of them) into the results one unsharded run gives, byte for byte.")
        {
            _folders, _out,
        };
        HelpExamples.Add(command, "merge results/cumbria-2017-11-shard-*", "merge shards/*-shard-* --out results/");
        command.SetAction((parsed, cancellation) =>
        {
            var startedAt = DateTime.Now;
            var folders = parsed.GetValue(_folders)!.Select(Path.TrimEndingDirectorySeparator).ToArray();
            string root = parsed.GetValue(_out) ?? results.Value.Root;
            CommandChecks.FolderIsUsable(root);
            string commandLine = CommandChecks.CommandLine(parsed);
            if (File.Exists(Path.Combine(folders[0], SweepFiles.SpecFile)))
            {
                string sweep = SweepFolder.Merge(root, folders,
                    new RunManifest(commandLine, Threads: 1, startedAt, DateTime.Now) { MergedFrom = folders.Select(Path.GetFullPath).ToArray() });
                terminal.MarkupLine($"Merged {folders.Length} sweep shard(s). Results: [link]{Markup.Escape(sweep)}[/]");
                return Task.FromResult(ExitCodes.Success);
            }
            var (loaded, result, contactLog) = ShardMerge.Merge(folders);
            string folder = ResultsWriter.Write(root, loaded, result,
                new RunManifest(commandLine, Threads: 1, startedAt, DateTime.Now) { MergedFrom = folders.Select(Path.GetFullPath).ToArray() },
                extraFiles: null,
                into =>
                {
                    File.Copy(contactLog, Path.Combine(into, ContactLogFile.FileName));
                    if (ShardMerge.EventLogOf(folders) is { } events) File.Copy(events, Path.Combine(into, Path.GetFileName(events)));
                }, cancellation: cancellation);
            terminal.Write(SummaryTable.Build(result));
            terminal.MarkupLine($"Merged {folders.Length} shard(s), {result.Runs.Count} replications. Results: [link]{Markup.Escape(folder)}[/]");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
