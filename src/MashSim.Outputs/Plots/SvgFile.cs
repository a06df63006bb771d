using System.Text.RegularExpressions;

namespace MashSim.Outputs.Plots;

/// <summary>Saves a plot as SVG with the same bytes for the same plot, whatever was drawn before it in the process.</summary>
/// <remarks>The SVG canvas numbers its clip paths from a process-wide counter (cl_f, cl_10...); they are renumbered from 0 in order of appearance, so reruns and merges are byte-identical.</remarks>
public static partial class SvgFile
{
    public static void Save(ScottPlot.Plot plot, string path, int width, int height)
    {
        plot.SaveSvg(path, width, height);
        var numbers = new Dictionary<string, int>();
        string svg = ClipId().Replace(File.ReadAllText(path), m =>
        {
            if (!numbers.TryGetValue(m.Value, out int n)) numbers[m.Value] = n = numbers.Count;
            return $"cl_{n}";
        });
        File.WriteAllText(path, svg);
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipId();
}
