namespace MashSim.Outputs.Folders;

/// <summary>A new results folder per run, written under a temporary name and renamed into place only when complete.</summary>
/// <remarks>So a run that fails half-way leaves no partial folder, and an earlier run's folder is never touched.</remarks>
public static class ResultsFolder
{
    public const string IncompletePrefix = ".incomplete-";

    /// <summary>At least the longest name a results folder gets: a comparison's 120 characters, the date's 16, a -N that keeps it unique, or a stopped sweep's .unfinished.</summary>
    public const int MaxNameLength = 160;

    /// <summary>Writes a run's files through <paramref name="writeFiles"/> and returns the finished folder: <c>root/name-yyyyMMdd-HHmmss</c>.</summary>
    public static string Write(string root, string scenarioName, DateTime startedAt, Action<string> writeFiles)
    {
        Directory.CreateDirectory(root);
        IncompleteFolders.RemoveAbandoned(root);
        string temporary = Path.Combine(root, IncompleteFolders.NewName());
        Directory.CreateDirectory(temporary);
        try
        {
            writeFiles(temporary);
            string final = UniqueName(root, DatedName(scenarioName, startedAt));
            Directory.Move(temporary, final);
            return final;
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
        string final = UniqueName(root, name ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)));
        Directory.Move(folder, final);
        return final;
    }

    /// <summary>A folder name under <paramref name="root"/> that is not taken yet: <paramref name="name"/>, or with -2, -3...</summary>
    public static string UniqueName(string root, string name)
    {
        string candidate = Path.Combine(root, name);
        for (int n = 2; Directory.Exists(candidate) || File.Exists(candidate); n++)
        {
            candidate = Path.Combine(root, $"{name}-{n}");
        }
        return candidate;
    }
}
