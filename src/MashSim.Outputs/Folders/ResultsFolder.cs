namespace MashSim.Outputs.Folders;

/// <summary>A new results folder per run, written under a temporary name and renamed into place only when complete.</summary>
/// <remarks>So a run that fails half-way leaves no partial folder, and an earlier run's folder is never touched.</remarks>
public static class ResultsFolder
{
    public const string IncompletePrefix = ".incomplete-";

    /// <summary>At least the longest name a results folder gets: a comparison's 120 characters, the date's 16, a -N that keeps it unique, or a stopped sweep's .unfinished.</summary>
    public const int MaxNameLength = 160;

    /// <summary>Writes a run's files through <paramref name="writeFiles"/> and returns the finished folder: <c>root/name-yyyyMMdd-HHmmss</c>.</summary>
    /// <remarks>A stop asked for through <paramref name="cancellation"/> while the files are written (Ctrl-C after the
    /// simulation) removes them rather than finishing the folder: it was heard only by the simulation, so a run stopped
    /// while it wrote went on to exit 0 with its folder.</remarks>
    public static string Write(string root, string scenarioName, DateTime startedAt, Action<string> writeFiles, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        Directory.CreateDirectory(root);
        IncompleteFolders.RemoveAbandoned(root);
        string temporary = Path.Combine(root, IncompleteFolders.NewName());
        Directory.CreateDirectory(temporary);
        try
        {
            writeFiles(temporary);
            cancellation.ThrowIfCancellationRequested();
            return MoveToUniqueName(root, temporary, DatedName(scenarioName, startedAt));
        }
        catch
        {
            Directory.Delete(temporary, recursive: true);
            throw;
        }
    }

    /// <summary>A results folder's name: what it holds and when it started, <c>name-yyyyMMdd-HHmmss</c>.</summary>
    public static string DatedName(string name, DateTime startedAt) => $"{name}-{startedAt:yyyyMMdd-HHmmss}";

    /// <summary>Moves a finished folder under <paramref name="root"/> as <paramref name="name"/> (default: its own name), with -2, -3... if that is taken; returns where it went.</summary>
    public static string MoveInto(string root, string folder, string? name = null)
    {
        Directory.CreateDirectory(root);
        return MoveToUniqueName(root, folder, name ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)));
    }

    /// <summary>Moves <paramref name="folder"/> to <paramref name="name"/> under <paramref name="root"/>, or to the first of
    /// <c>-2</c>, <c>-3</c>... not taken, with <paramref name="suffix"/> after it; returns where it went.</summary>
    /// <param name="root">The folder it goes under.</param>
    /// <param name="folder">The folder to move.</param>
    /// <param name="name">The name it would have.</param>
    /// <param name="suffix">Added to the name for a folder not finished yet (a sweep's <c>.unfinished</c>): a name is taken
    /// if it is in use with or without it, so the folder keeps its name when the suffix goes.</param>
    /// <remarks>Another run finishing in the same second can take a name between the check and the move; the move then
    /// fails with the name taken, and the next is tried, rather than the finished run failing.</remarks>
    public static string MoveToUniqueName(string root, string folder, string name, string suffix = "")
    {
        bool Taken(string path) => Directory.Exists(path) || File.Exists(path) || Directory.Exists(path + suffix) || File.Exists(path + suffix);
        for (int n = 1; ; n++)
        {
            string candidate = Path.Combine(root, n == 1 ? name : $"{name}-{n}");
            if (Taken(candidate)) continue;
            try
            {
                Directory.Move(folder, candidate + suffix);
                return candidate + suffix;
            }
            catch (IOException) when (Taken(candidate))
            {
                // Taken between the check and the move: try the next.
            }
        }
    }
}
