using System.ComponentModel;
using System.Diagnostics;

namespace MashSim.Outputs.Diagrams;

/// <summary>Lays out DOT with Graphviz's <c>dot</c> program, when it is installed (Debian: apt-get install graphviz).</summary>
/// <remarks>
/// The diagrams dress a run's results; they are not results. So a <c>dot</c> that is missing, fails or hangs costs the
/// run its SVGs, with a warning saying why, never its folder: a broken <c>dot</c> on the PATH (one that exited at once)
/// made the run fail after all its replications with "Broken pipe", and one that never returned hung it.
/// </remarks>
public static class GraphvizRenderer
{
    public const string HowToInstall = "install Graphviz (Debian/Ubuntu: sudo apt-get install graphviz; macOS: brew install graphviz)";

    /// <summary>Longer than our diagrams take (well under a second) by far, short enough that a hung <c>dot</c> is not mistaken for a slow run.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Whether Graphviz's <c>dot</c> is on the PATH.</summary>
    public static bool Available => FindDot() is not null;

    /// <summary>Renders <paramref name="dot"/> to an SVG file, or says why it did not (<see cref="Rendering.NotInstalled"/> when there is no <c>dot</c>).</summary>
    /// <exception cref="OperationCanceledException">The command was stopped: a Ctrl-C from a terminal reaches <c>dot</c> too, and its failure then is the stop's, not Graphviz's.</exception>
    public static Rendering RenderSvg(string dot, string svgPath, CancellationToken cancellation = default) =>
        FindDot() is { } program ? RenderSvg(program, dot, svgPath, Timeout, cancellation) : Rendering.NotInstalled;

    /// <summary>Renders with the <c>dot</c> at <paramref name="program"/>, stopping it after <paramref name="timeout"/>.</summary>
    public static Rendering RenderSvg(string program, string dot, string svgPath, TimeSpan timeout, CancellationToken cancellation = default)
    {
        // A full path: dot reads "-o -name.svg" as a missing argument, so a relative --out starting with a dash failed.
        string output = Path.GetFullPath(svgPath);
        var start = new ProcessStartInfo(program, ["-Tsvg", "-o", output])
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            return Failed($"Graphviz's dot ({program}) could not be started: {e.Message}");
        }
        if (process is null) return Failed($"Graphviz's dot ({program}) could not be started");
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
            try
            {
                process.StandardInput.Write(dot);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // dot exited without reading its input; its exit code and message below say why.
            }
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            deadline.CancelAfter(timeout);
            try
            {
                process.WaitForExitAsync(deadline.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                cancellation.ThrowIfCancellationRequested();
                return Failed($"Graphviz's dot did not finish within {timeout.TotalSeconds:0.#} s, so it was stopped", output);
            }
            cancellation.ThrowIfCancellationRequested();
            if (process.ExitCode == 0) return Rendering.Succeeded;
            string said = error.GetAwaiter().GetResult().Trim().Split('\n')[0];
            return Failed($"Graphviz's dot failed (exit {process.ExitCode}{(said.Length > 0 ? $": {said}" : "")})", output);
        }
    }

    /// <summary>A failure to draw, with any part-written SVG removed so no broken picture is left.</summary>
    private static Rendering Failed(string why, string? partial = null)
    {
        if (partial is not null) File.Delete(partial);
        return new Rendering(false, why);
    }

    private static string? FindDot() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "dot.exe" : "dot"))
        .FirstOrDefault(File.Exists);
}

/// <summary>Whether a diagram was drawn, and if not, why.</summary>
public sealed record Rendering(bool Drawn, string? WhyNot)
{
    public static readonly Rendering Succeeded = new(true, null);
    public static readonly Rendering NotInstalled = new(false, $"Graphviz's dot is not installed; {GraphvizRenderer.HowToInstall}");

    public bool IsNotInstalled => this == NotInstalled;
}
