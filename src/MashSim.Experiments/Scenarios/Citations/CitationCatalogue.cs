using System.Text.RegularExpressions;

namespace MashSim.Experiments.Scenarios.Citations;

/// <summary>
/// The citation codes docs/sources.md defines: report numbers ("002"), report paragraphs ("002 para 79") and named
/// documents ("DfE 2017-18", "Working Together 2018"). The build embeds docs/sources.md, so a clone needs nothing else.
/// A table row defines the codes written in backticks in its first cell.
/// </summary>
public sealed partial class CitationCatalogue
{
    private const string Resource = "MashSim.Docs.Sources.md";

    private readonly HashSet<string> _codes;

    public CitationCatalogue(IEnumerable<string> codes) =>
        _codes = codes.Select(Normalise).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The codes of the docs/sources.md built into this version.</summary>
    public static CitationCatalogue BuiltIn { get; } = Parse(ReadBuiltIn());

    public IReadOnlyCollection<string> Codes => _codes;

    /// <summary>Whether <paramref name="code"/> (in any spelling <see cref="Normalise"/> accepts) is defined.</summary>
    public bool Defines(string code) => _codes.Contains(Normalise(code));

    /// <summary>Reads the codes from a sources.md text: every backticked code in the first cell of a table row.</summary>
    public static CitationCatalogue Parse(string markdown)
    {
        var codes = new List<string>();
        foreach (var line in markdown.Split('\n'))
        {
            var trimmed = line.Trim();
            if (!trimmed.StartsWith('|')) continue;
            var firstCell = trimmed[1..].Split('|')[0];
            codes.AddRange(BacktickedCode().Matches(firstCell).Select(m => m.Groups[1].Value));
        }
        return new CitationCatalogue(codes);
    }

    /// <summary>One spelling for a code: single spaces, and a report's "p79" as "para 79".</summary>
    public static string Normalise(string code)
    {
        var spaced = Whitespace().Replace(code.Trim(), " ");
        return PageAbbreviation().Replace(spaced, "para $1");
    }

    private static string ReadBuiltIn()
    {
        using var stream = typeof(CitationCatalogue).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The built-in citation list {Resource} (docs/sources.md) is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex BacktickedCode();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\bp\s*(\d)")]
    private static partial Regex PageAbbreviation();
}
