using System.Text.Encodings.Web;
using Fluid;

namespace MashSim.Outputs.Reports;

/// <summary>Writes report.html: one self-contained page (styles, plots and diagrams embedded, no network) that a leader can send on or print.</summary>
/// <remarks>
/// Rendered by Fluid from the embedded template, which HTML-encodes every value. Written last, inside the folder's
/// temporary-then-rename step, so it can embed every plot and diagram the folder holds.
/// </remarks>
public static class ReportFile
{
    public const string FileName = "report.html";

    private static readonly Lazy<IFluidTemplate> Template = new(() =>
    {
        using var stream = typeof(ReportFile).Assembly.GetManifestResourceStream("MashSim.Outputs.Reports.Report.liquid")
            ?? throw new InvalidOperationException("The report template is not embedded in MashSim.Outputs.");
        using var reader = new StreamReader(stream);
        var parser = new FluidParser();
        return parser.TryParse(reader.ReadToEnd(), out var template, out string error)
            ? template
            : throw new InvalidOperationException($"The report template does not parse: {error}");
    });

    private static readonly TemplateOptions Options = CreateOptions();

    /// <summary>Embeds the folder's figures into <paramref name="model"/> and writes <c>report.html</c> into <paramref name="folder"/>.</summary>
    public static string Write(string folder, ReportModel model)
    {
        model.Figures = ReportFigures.In(folder);
        string path = Path.Combine(folder, FileName);
        File.WriteAllText(path, Render(model));
        return path;
    }

    /// <summary>Parses the template now rather than at the first report.</summary>
    public static void Prepare() => _ = Template.Value;

    public static string Render(ReportModel model) =>
        Template.Value.Render(new TemplateContext(model, Options), HtmlEncoder.Default);

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        foreach (var type in new[] { typeof(ReportModel), typeof(HeadlineRow), typeof(ReportTable), typeof(ReportFigure), typeof(ProvenanceRow),
                     typeof(SettingRow), typeof(ReportTrace) })
        {
            options.MemberAccessStrategy.Register(type);
        }
        return options;
    }
}

/// <summary>The plots and diagrams a folder holds, each once (the SVG when there is one, else the PNG), as data URIs.</summary>
public static class ReportFigures
{
    public static IReadOnlyList<ReportFigure> In(string folder)
    {
        var figures = new List<ReportFigure>();
        foreach (string sub in new[] { "plots", "diagrams" })
        {
            string dir = Path.Combine(folder, sub);
            if (!Directory.Exists(dir)) continue;
            var files = Directory.GetFiles(dir).Where(f => f.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToArray();
            foreach (var group in files.GroupBy(Path.GetFileNameWithoutExtension))
            {
                string chosen = group.FirstOrDefault(f => f.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)) ?? group.First();
                // Only diagrams are SVG-only; ScottPlot's PNG renders the same plot, so one picture per plot.
                string mime = chosen.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? "image/svg+xml" : "image/png";
                figures.Add(new ReportFigure(Caption(group.Key!), $"{sub}/{Path.GetFileName(chosen)}",
                    $"data:{mime};base64,{Convert.ToBase64String(File.ReadAllBytes(chosen))}"));
            }
        }
        return figures;
    }

    private static string Caption(string name)
    {
        string words = name.Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
