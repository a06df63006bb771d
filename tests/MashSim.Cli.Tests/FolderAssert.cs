namespace MashSim.Cli.Tests;

/// <summary>Compares results folders file by file, as <c>mashsim rerun</c> and <c>merge</c> promise.</summary>
internal static class FolderAssert
{
    /// <summary>Every file but manifest.json and report.html (which record when and how) is in both folders with the same bytes.</summary>
    public static void IdenticalButManifest(string expected, string actual)
    {
        var left = Files(expected);
        var right = Files(actual);
        Assert.Equal(left, right);
        Assert.NotEmpty(left);
        foreach (var file in left)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs");
        }
    }

    public static string[] Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f))
            .Where(f => f != "manifest.json" && f != "report.html" && !(f.StartsWith("diagrams/", StringComparison.Ordinal) && f.EndsWith(".svg", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToArray();
}
