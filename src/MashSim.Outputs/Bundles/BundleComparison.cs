namespace MashSim.Outputs.Bundles;

/// <summary>Compares two results folders file by file, byte for byte: the check that a bundle reproduces itself.</summary>
/// <remarks>manifest.json and report.html are left out: they record when and how the run was made, which a rerun changes by design.</remarks>
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
            .Where(f => f != ManifestFile.FileName && f != Reports.ReportFile.FileName)
            .ToHashSet(StringComparer.Ordinal);

    private static bool SameBytes(string a, string b) =>
        new FileInfo(a).Length == new FileInfo(b).Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
}
