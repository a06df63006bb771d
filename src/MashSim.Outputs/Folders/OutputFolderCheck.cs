using MashSim.Experiments.Scenarios.Limits;

namespace MashSim.Outputs.Folders;

/// <summary>Finds out, before a run, whether its results folder can be written: so a read-only or full disk fails in a second, not after the run.</summary>
public static class OutputFolderCheck
{
    /// <summary>The problem with writing <paramref name="bytesNeeded"/> under <paramref name="root"/>, or null when it can be written. Creates nothing that stays.</summary>
    /// <remarks>The folder may not exist yet: the check makes, inside a scratch folder in the nearest folder that does, the
    /// missing part of the path, a folder with as long a name as a results folder gets and a file as deeply and as long
    /// named as any in it, then removes the lot. So a name past what the file system holds (255 bytes on Linux) or a
    /// path past its limit is found now, not when the finished run is written.</remarks>
    public static string? Problem(string root, long bytesNeeded)
    {
        // An empty path stopped the command with an internal error (GetFullPath refuses it); a blank one made a folder named " ".
        if (string.IsNullOrWhiteSpace(root)) return "an empty or blank path; give a folder, e.g. results.";
        string full = Path.GetFullPath(root);
        // A link that leads nowhere (to nothing, or round in a loop) is neither a file nor a folder to write in.
        if (new FileInfo(full).LinkTarget is not null && !Directory.Exists(full) && !InputFiles.Exists(full))
            return $"'{root}' is a symbolic link to nothing (or round in a loop); give a folder.";
        if (File.Exists(full)) return $"'{root}' is a file; results go in a folder.";
        string existing = full;
        while (!Directory.Exists(existing))
        {
            string? parent = Path.GetDirectoryName(existing);
            if (parent is null) return $"'{root}' cannot be created: no part of the path exists.";
            if (File.Exists(parent)) return $"'{root}' cannot be created: {parent} is a file.";
            existing = parent;
        }
        // Directories, as the results folder will be: on some file systems files and folders differ in what is allowed.
        switch (TryInScratchFolder(existing, scratch =>
                {
                    string missing = Path.GetRelativePath(existing, full);
                    string deepest = Path.Combine(scratch, missing == "." ? "" : missing, new string('r', ResultsFolder.MaxNameLength), "plots");
                    Directory.CreateDirectory(deepest);
                    File.WriteAllBytes(Path.Combine(deepest, new string('f', LongestFileName)), new byte[4096]);
                }))
        {
            case PathTooLongException:
                return $"'{root}' is too long a path, or has too long a name in it, for this file system to hold a results folder under it; choose a shorter folder with --out.";
            case { } e:
                return $"'{root}' cannot be written ({existing}: {e.Message}); choose another folder with --out.";
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

    /// <summary>The problem with writing the single file <paramref name="file"/> (a diagram), or null when it can be written. Creates nothing that stays.</summary>
    /// <remarks>Its folder must exist; the file's own name is tried in a scratch folder there, so a name too long for the
    /// file system or a folder that cannot be written is found before the work, and an existing file is left as it is.</remarks>
    public static string? FileProblem(string file)
    {
        if (string.IsNullOrWhiteSpace(file)) return "an empty or blank path; give a file name.";
        string full = Path.GetFullPath(file);
        if (Directory.Exists(full)) return $"'{file}' is a folder; give a file name.";
        string folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) return $"'{file}' cannot be written: the folder {folder} does not exist.";
        return TryInScratchFolder(folder, scratch => File.WriteAllBytes(Path.Combine(scratch, Path.GetFileName(full)), [])) switch
        {
            null => null,
            PathTooLongException => $"'{file}' is too long a path, or too long a name, for this file system; choose a shorter one.",
            var e => $"'{file}' cannot be written ({folder}: {e.Message}).",
        };
    }

    /// <summary>Runs <paramref name="write"/> in a scratch folder made in <paramref name="parent"/> and removes the folder;
    /// returns the error the file system gave, or null when the writes worked.</summary>
    private static Exception? TryInScratchFolder(string parent, Action<string> write)
    {
        string scratch = Path.Combine(parent, $".mashsim-write-check-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(scratch);
            write(scratch);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e;
        }
        finally
        {
            try
            {
                if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left behind only if the file system refuses deletes too; the write error already says so.
            }
        }
    }

    /// <summary>Longer than the longest file name a results folder holds (plots/initialConferencesWithin15WorkingDays.svg and the like).</summary>
    private const int LongestFileName = 64;

    private static string Megabytes(long bytes) => $"{Math.Ceiling(bytes / 1048576.0):N0} MB";
}
