using MashSim.Experiments.Scenarios.Limits;

namespace MashSim.Outputs.Bundles;

/// <summary>Compares two results folders file by file, byte for byte: the check that a bundle reproduces itself.</summary>
/// <remarks>manifest.json and report.html are left out: they record when and how the run was made, which a rerun changes by design.
/// So are the workflow diagrams' SVGs: Graphviz draws them, if it is installed, and each version draws them its own way, so a
/// rerun on another machine said "different" (or "new in the rerun" where the first had no Graphviz) of a run that
/// reproduced. The DOT and Mermaid text they are drawn from is compared.</remarks>
public static class BundleComparison
{
    public enum FileState { Identical, Different, OnlyInOriginal, OnlyInRerun }

    public sealed record FileResult(string File, FileState State);

    public static IReadOnlyList<FileResult> Compare(string original, string rerun)
    {
        var left = Files(original);
        var right = Files(rerun);
        return left.Union(right).Order(StringComparer.Ordinal).Select(file =>
            new FileResult(file,
                !right.Contains(file) ? FileState.OnlyInOriginal
                : !left.Contains(file) ? FileState.OnlyInRerun
                : SameBytes(Path.Combine(original, file), Path.Combine(rerun, file)) ? FileState.Identical
                : FileState.Different)).ToArray();
    }

    private static HashSet<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != ManifestFile.FileName && f != Reports.ReportFile.FileName && !IsDrawnDiagram(f))
            .ToHashSet(StringComparer.Ordinal);

    private static bool IsDrawnDiagram(string file) =>
        file.StartsWith(Diagrams.DiagramFiles.Folder + "/", StringComparison.Ordinal) && file.EndsWith(".svg", StringComparison.Ordinal);

    /// <remarks>Read a block at a time: an England-sized year's events.csv is several gigabytes, past what one array holds.
    /// At most the length the file system gives is read, so a device or a pipe (through a link; its length is 0) is never
    /// read for ever, and a link to nothing differs from any file.</remarks>
    private static bool SameBytes(string a, string b)
    {
        long length = InputFiles.Length(a);
        if (length != InputFiles.Length(b) || !InputFiles.Exists(a) || !InputFiles.Exists(b)) return false;
        using var left = File.OpenRead(a);
        using var right = File.OpenRead(b);
        var leftBlock = new byte[1 << 16];
        var rightBlock = new byte[1 << 16];
        for (long done = 0; done < length;)
        {
            int size = (int)Math.Min(leftBlock.Length, length - done);
            left.ReadExactly(leftBlock, 0, size);
            right.ReadExactly(rightBlock, 0, size);
            if (!leftBlock.AsSpan(0, size).SequenceEqual(rightBlock.AsSpan(0, size))) return false;
            done += size;
        }
        return true;
    }
}
