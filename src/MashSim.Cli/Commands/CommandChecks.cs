using System.CommandLine;

namespace MashSim.Cli.Commands;

/// <summary>What every command that writes results checks and records the same way.</summary>
internal static class CommandChecks
{
    /// <summary>Before anything runs: the thread count is positive and the results folder is not a file; a <see cref="UsageException"/> says which is wrong.</summary>
    public static void ThreadsAndFolderAreUsable(int threads, string root)
    {
        if (threads < 1) throw new UsageException($"--threads must be at least 1, not {threads}.");
        FolderIsUsable(root);
    }

    /// <summary>The results folder is not a file and can be written, with room for <paramref name="bytesNeeded"/> (a few MB unless given).</summary>
    public static void FolderIsUsable(string root, long bytesNeeded = 16 << 20)
    {
        if (Outputs.Folders.OutputFolderCheck.Problem(root, bytesNeeded) is { } problem) throw new UsageException($"--out: {problem}");
    }

    /// <summary>A command whose answer rests on 95% confidence intervals needs at least two replications; one gives a mean and no interval.</summary>
    public static void EnoughForConfidenceIntervals(string command, string what, int replications)
    {
        if (replications < 2)
            throw new UsageException($"{command} needs at least 2 replications: {what} rest on 95% confidence intervals, and {replications} replication gives none. Use --reps 2 or more (mashsim run and sweep accept --reps 1).");
    }

    /// <summary>The command line as typed, for the manifest: each word shell-quoted, so it can be pasted back into a shell.</summary>
    public static string CommandLine(ParseResult parsed) => $"{Outputs.Hints.Launcher.Command} {Outputs.Hints.ShellQuoting.Join(parsed.Tokens.Select(t => t.Value))}";
}
