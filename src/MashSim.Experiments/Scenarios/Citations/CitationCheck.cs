using System.Text.RegularExpressions;

namespace MashSim.Experiments.Scenarios.Citations;

/// <summary>A citation in a scenario that docs/sources.md does not define: where it is, and the code as written.</summary>
public sealed record CitationWarning(string File, int Line, string Field, string Code)
{
    public override string ToString() =>
        $"{File}{(Line > 0 ? $":{Line}" : "")}: {Field}: cites '{Code}', which docs/sources.md does not define";
}

/// <summary>
/// Finds the citation codes in a scenario's sources and assumptions and checks each against the catalogue:
/// a report number with its paragraphs ("002 p79", "004 para 2-3", "004 para 7 and 29") is one code per paragraph;
/// a publisher's document ("DfE 2017-18", "ADCS SP6", "Working Together 2018") is the publisher's name up to its
/// year or edition; "DOMAIN.md" names a file a clone does not have.
/// </summary>
public static partial class CitationCheck
{
    /// <summary>The citation codes written in <paramref name="text"/>, in order, paragraphs expanded.</summary>
    public static IEnumerable<string> CodesIn(string text)
    {
        foreach (Match m in ReportCitation().Matches(text))
        {
            string report = m.Groups["report"].Value;
            if (!m.Groups["first"].Success) { yield return report; continue; }
            int first = int.Parse(m.Groups["first"].Value);
            int last = m.Groups["last"].Success ? int.Parse(m.Groups["last"].Value) : first;
            for (int p = first; p <= Math.Max(first, last); p++) yield return $"{report} para {p}";
            if (m.Groups["and"].Success) yield return $"{report} para {m.Groups["and"].Value}";
        }
        foreach (Match m in DocumentCitation().Matches(text)) yield return m.Value;
        foreach (Match m in SharedFile().Matches(text)) yield return m.Value;
    }

    /// <summary>Every citation of the scenario's figures (calibration targets included) that <paramref name="catalogue"/> does not define.</summary>
    public static IReadOnlyList<CitationWarning> Check(LoadedScenario loaded, CitationCatalogue? catalogue = null)
    {
        catalogue ??= CitationCatalogue.BuiltIn;
        // Provenance holds every cited figure, calibration targets' included; a citation shared by several figures
        // on one line (a section's source, a target's value and tolerance) is warned about once.
        return loaded.Provenance
            .Where(p => p.Citation is not null)
            .SelectMany(p => CodesIn(p.Citation!).Where(code => !catalogue.Defines(code)).Select(code => new CitationWarning(p.File, p.Line, p.FieldPath, code)))
            .DistinctBy(w => (w.File, w.Line, w.Code))
            .ToList();
    }

    // A report: three digits starting 0, not part of a larger number ("10,000", "0.049"), with optional paragraphs.
    [GeneratedRegex(@"(?<![\d.,])(?<report>0\d\d)(?![\d]|[.,]\d)(?:\s+(?:p|para)\s*(?<first>\d+)(?:-(?<last>\d+))?(?:\s+and\s+(?<and>\d+))?)?")]
    private static partial Regex ReportCitation();

    // A publisher's document: the publisher, up to four words, then a year ("2017-18", "2018") or an edition ("SP6", "6").
    [GeneratedRegex(@"\b(?:DfE|ADCS|ONS|Working Together)(?:\s+[A-Za-z'’]+){0,4}?\s*[A-Za-z]*\d{1,4}(?:-\d{2})?\b")]
    private static partial Regex DocumentCitation();

    [GeneratedRegex(@"\bDOMAIN\.md\b")]
    private static partial Regex SharedFile();
}
