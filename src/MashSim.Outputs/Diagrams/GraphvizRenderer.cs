using System.Diagnostics;

namespace MashSim.Outputs.Diagrams;

/// <summary>Lays out DOT with Graphviz's <c>dot</c> program, when it is installed (Debian: apt-get install graphviz).</summary>
public static class GraphvizRenderer
{
    public const string HowToInstall = "install Graphviz (Debian/Ubuntu: sudo apt-get install graphviz; macOS: brew install graphviz)";

    /// <summary>Whether Graphviz's <c>dot</c> is on the PATH.</summary>
    public static bool Available => FindDot() is not null;

    /// <summary>Renders <paramref name="dot"/> to an SVG file; false when Graphviz is not installed.</summary>
    /// <exception cref="InvalidOperationException">dot is installed but rejected the graph.</exception>
    public static bool TryRenderSvg(string dot, string svgPath)
    {
        if (FindDot() is not { } program) return false;
        var start = new ProcessStartInfo(program, ["-Tsvg", "-o", svgPath])
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(dot);
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"Graphviz dot failed ({process.ExitCode}): {error.Result.Trim()}");
        return true;
    }

    private static string? FindDot() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "dot.exe" : "dot"))
        .FirstOrDefault(File.Exists);
}
