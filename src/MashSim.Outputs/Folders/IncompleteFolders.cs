using System.Diagnostics;
using System.Globalization;

namespace MashSim.Outputs.Folders;

/// <summary>
/// The hidden folders a run writes into before it renames them into place: named after the process that writes
/// them, so the next run can tell a killed run's leftovers (its process is gone) from a run still writing.
/// </summary>
public static class IncompleteFolders
{
    /// <summary>A new temporary folder name for this process: <c>.incomplete-PID-GUID</c>.</summary>
    public static string NewName() => $"{ResultsFolder.IncompletePrefix}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";

    /// <summary>Removes every <c>.incomplete-PID-*</c> folder under <paramref name="root"/> whose process is no longer running; returns how many.</summary>
    /// <remarks>A folder whose process is alive is never touched, nor one whose name carries no process id (an older MashSim's, which cannot be told apart).</remarks>
    public static int RemoveAbandoned(string root)
    {
        if (!Directory.Exists(root)) return 0;
        int removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(root, ResultsFolder.IncompletePrefix + "*"))
        {
            string rest = Path.GetFileName(folder)[ResultsFolder.IncompletePrefix.Length..];
            int dash = rest.IndexOf('-');
            if (dash <= 0 || !int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out int pid) || IsRunning(pid)) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Someone else removed it first, or it is not ours to remove: leave it.
            }
        }
        return removed;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
