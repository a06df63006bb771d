using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace MashSim.Experiments.Calibration;

/// <summary>A scenario that extends the one fitted and sets each fitted value, saying it was fitted, from what, and how well.</summary>
public static class FittedScenarioFile
{
    public static string Build(string extendsPath, string scenarioName, ParameterFit.Result fit, string commandLine)
    {
        var root = new YamlMappingNode
        {
            { "extends", extendsPath },
            { "name", scenarioName + "-fitted" },
        };
        foreach (var p in fit.Parameters)
        {
            var segments = p.Path.Split('.');
            var node = root;
            foreach (var segment in segments[..^1])
            {
                if (!node.Children.TryGetValue(new YamlScalarNode(segment), out var child))
                {
                    child = new YamlMappingNode();
                    node.Add(segment, child);
                }
                node = (YamlMappingNode)child;
            }
            node.Add(segments[^1], new YamlMappingNode
            {
                { "value", p.IsWholeNumber ? ((long)p.Fitted).ToString(CultureInfo.InvariantCulture) : p.Fitted.ToString("R", CultureInfo.InvariantCulture) },
                { "assumption", $"fitted to the calibration targets by '{commandLine}' (was {p.Start.ToString("G6", CultureInfo.InvariantCulture)})" },
            });
        }
        var stream = new YamlStream(new YamlDocument(root));
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        writer.WriteLine($"# Fitted by mashsim calibrate --fit: {fit.Parameters.Count} parameter(s), {fit.Evaluations} evaluations;");
        writer.WriteLine($"# objective (sum of squared errors in units of each target's tolerance) {fit.ObjectiveBefore:G4} -> {fit.ObjectiveAfter:G4}.");
        if (!fit.Settled)
            writer.WriteLine("# The fit did not settle within its iterations: these are the best values it evaluated; more --fit-iterations may find better.");
        stream.Save(writer, assignAnchors: false);
        string text = writer.ToString();
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }
}
