namespace MashSim.Outputs.Folders;

/// <summary>Finds out, before a run, whether its results folder can be written: so a read-only or full disk fails in a second, not after the run.</summary>
public static class OutputFolderCheck
{
    /// <summary>The problem with writing <paramref name="bytesNeeded"/> under <paramref name="root"/>, or null when it can be written. Creates nothing that stays.</summary>
    /// <remarks>The folder may not exist yet: the check writes a small file in the nearest folder that does (where the results folder would be created) and removes it.</remarks>
    public static string? Problem(string root, long bytesNeeded)
    {
        string full = Path.GetFullPath(root);
        if (File.Exists(full)) return $"'{root}' is a file; results go in a folder.";
        string existing = full;
        while (!Directory.Exists(existing))
        {
            string? parent = Path.GetDirectoryName(existing);
            if (parent is null) return $"'{root}' cannot be created: no part of the path exists.";
            if (File.Exists(parent)) return $"'{root}' cannot be created: {parent} is a file.";
            existing = parent;
        }
        string probe = Path.Combine(existing, $".mashsim-write-check-{Guid.NewGuid():N}");
        try
        {
            // A directory, as the results folder will be: on some file systems files and folders differ in what is allowed.
            Directory.CreateDirectory(probe);
            File.WriteAllBytes(Path.Combine(probe, "probe"), new byte[4096]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"'{root}' cannot be written ({existing}: {e.Message}); choose another folder with --out.";
        }
        finally
        {
            try
            {
                if (Directory.Exists(probe)) Directory.Delete(probe, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left behind only if the file system refuses deletes too; the write error above already says so.
            }
        }
        long free;
        try
        {
            free = new DriveInfo(existing).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null; // Some file systems do not report free space; the write above worked.
        }
        return free < bytesNeeded
            ? $"'{root}' has {Megabytes(free)} free and the results need about {Megabytes(bytesNeeded)}; free some space or choose another folder with --out."
            : null;
    }

    private static string Megabytes(long bytes) => $"{Math.Ceiling(bytes / 1048576.0):N0} MB";
}
