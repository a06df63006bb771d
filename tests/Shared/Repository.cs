namespace MashSim.Tests.Shared;

/// <summary>The repository the tests run from, found by walking up to MashSim.sln, so tests can use the shipped scenarios.</summary>
internal static class Repository
{
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "MashSim.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("MashSim.sln not found above the test folder.");
    }

    /// <summary>The full path of a file given relative to the repository root.</summary>
    public static string File(string relativePath) => Path.Combine(Root(), relativePath);
}
