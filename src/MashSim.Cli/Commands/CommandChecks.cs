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

    /// <summary>The results folder is not a file.</summary>
    public static void FolderIsUsable(string root)
    {
        if (File.Exists(root)) throw new UsageException($"--out: '{root}' is a file; results go in a folder.");
    }

    /// <summary>The command line as typed, for the manifest: each word shell-quoted, so it can be pasted back into a shell.</summary>
    public static string CommandLine(ParseResult parsed) => $"{Outputs.Hints.Launcher.Command} {Outputs.Hints.ShellQuoting.Join(parsed.Tokens.Select(t => t.Value))}";
}
