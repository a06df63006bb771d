namespace MashSim.Browser.Tests;

/// <summary>A test that needs Debian's Chromium; skipped, saying why, only when it is not installed.</summary>
/// <remarks>.ci/run installs the chromium package; on a machine where that cannot be done these tests alone are skipped.</remarks>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
            Skip = $"Chromium not found ({string.Join(", ", Chromium.Candidates)}): install Debian's chromium package (.ci/run does) to run the browser tests.";
    }
}

/// <summary>Where the system Chromium is: MASHSIM_CHROMIUM, or Debian's /usr/bin/chromium. Playwright never downloads a browser here.</summary>
public static class Chromium
{
    public static IReadOnlyList<string> Candidates { get; } =
        [.. Environment.GetEnvironmentVariable("MASHSIM_CHROMIUM") is { Length: > 0 } own ? [own] : Array.Empty<string>(), "/usr/bin/chromium"];

    public static string? Path { get; } = Candidates.FirstOrDefault(File.Exists);
}
