using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Citations;

namespace MashSim.Experiments.Tests.Scenarios;

public class CitationCheckTests
{
    [Theory]
    [MemberData(nameof(ScenarioLoaderTests.ShippedScenarios), MemberType = typeof(ScenarioLoaderTests))]
    public void Every_shipped_scenario_cites_only_codes_docs_sources_defines(string relativePath)
    {
        var loaded = ScenarioLoader.Load(Repository.File(relativePath));
        Assert.Empty(CitationCheck.Check(loaded));
    }

    [Fact]
    public void The_built_in_catalogue_is_docs_sources_md_and_defines_the_reports_and_their_paragraphs()
    {
        var fromFile = CitationCatalogue.Parse(File.ReadAllText(Repository.File("docs/sources.md")));
        Assert.Equal(fromFile.Codes.Order(), CitationCatalogue.BuiltIn.Codes.Order());
        foreach (var code in new[] { "000", "004", "002 p79", "002 para 79", "004 para 29", "DfE 2017-18", "ADCS SP6", "Working Together 2018" })
            Assert.True(CitationCatalogue.BuiltIn.Defines(code), code);
        Assert.False(CitationCatalogue.BuiltIn.Defines("005"));
        Assert.False(CitationCatalogue.BuiltIn.Defines("002 para 99"));
    }

    [Theory]
    [InlineData("002 p79: ICPCs in timescale 87.5%", new[] { "002 para 79" })]
    [InlineData("000; 002 p78: caseloads", new[] { "000", "002 para 78" })]
    [InlineData("004 para 2-3 and more", new[] { "004 para 2", "004 para 3" })]
    [InlineData("004 para 7 and 29: faster", new[] { "004 para 7", "004 para 29" })]
    [InlineData("national, DfE 2017-18: about 550 per 10,000 children, x 92,639 (002)", new[] { "002", "DfE 2017-18" })]
    [InlineData("national, ADCS SP6: 27% of 0.049", new[] { "ADCS SP6" })]
    [InlineData("Working Together 2018: ICPC within 15 working days", new[] { "Working Together 2018" })]
    [InlineData("national (DOMAIN.md)", new[] { "DOMAIN.md" })]
    public void Codes_are_found_in_citation_text(string text, string[] expected) =>
        Assert.Equal(expected, CitationCheck.CodesIn(text).Select(CitationCatalogue.Normalise));

    [Fact]
    public void An_unknown_code_is_warned_about_with_its_file_line_and_field()
    {
        const string yaml = """
            name: cites
            mash:
              staff:
                socialWorkers: { value: 8, source: "007 para 3: a report nobody has" }
                managers: { value: 3, source: "002 para 13" }
            calibration:
              - { outcome: contacts, value: 100, source: "national, DfE 2031-32: from the future" }
            population: { children: 9000 }
            run: { horizonDays: 60, warmupDays: 7 }
            demand: { contactsPerYear: 1500 }
            """;
        var loaded = ScenarioLoader.LoadText(yaml, "cites.yaml");
        var warnings = CitationCheck.Check(loaded);
        Assert.Equal(2, warnings.Count);
        Assert.Equal(("cites.yaml", 4, "mash.staff.socialWorkers", "007 para 3"), (warnings[0].File, warnings[0].Line, warnings[0].Field, warnings[0].Code));
        Assert.Equal((7, "DfE 2031-32"), (warnings[1].Line, warnings[1].Code));
        Assert.StartsWith("calibration[0].", warnings[1].Field);
        Assert.Contains("docs/sources.md does not define", warnings[0].ToString());
    }
}
