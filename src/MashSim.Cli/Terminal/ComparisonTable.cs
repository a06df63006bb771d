using MashSim.Experiments.Comparison;
using MashSim.Experiments.Results.Saturation;
using MashSim.Outputs;
using Spectre.Console;

namespace MashSim.Cli.Terminal;

/// <summary>A comparison as a table: each scenario's mean, and each later scenario's paired difference from the first with its verdict.</summary>
public static class ComparisonTable
{
    public static Table Build(ScenarioComparison comparison)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Comparison with common random numbers (differences from the first scenario, 95% CI)")
            .AddColumn("Outcome");
        var overloaded = comparison.Results.Select(r => Overload.Of(r).Any).ToArray();
        foreach (var (result, s) in comparison.Results.Select((r, s) => (r, s)))
            table.AddColumn(new TableColumn(Markup.Escape(result.Scenario.Name) + (overloaded[s] ? " [yellow](overloaded)[/]" : "")).RightAligned());
        for (int s = 1; s < comparison.Results.Count; s++) table.AddColumn(new TableColumn($"vs first: {Markup.Escape(comparison.Results[s].Scenario.Name)}").RightAligned());

        var differences = Enumerable.Range(1, comparison.Results.Count - 1).Select(comparison.Against).ToArray();
        foreach (var summary in comparison.Baseline.Summary.Where(s => s.HasObservations))
        {
            var kpi = summary.Kpi;
            var cells = new List<string> { Markup.Escape(kpi.Label) };
            cells.AddRange(comparison.Results.Select(r => kpi.Unit.Show(r[kpi].Mean)));
            for (int s = 1; s < comparison.Results.Count; s++)
            {
                var d = differences[s - 1][kpi.Index];
                string colour = d.Verdict switch { Verdict.Better => "green", Verdict.Worse => "red", _ => "grey" };
                // Between two overloaded runs the difference is one of two growing backlogs: it depends on the horizon.
                string caveat = overloaded[0] && overloaded[s] && d.Verdict != Verdict.NoDetectableDifference ? " [yellow](depends on horizon)[/]" : "";
                cells.Add(d.Difference.N < 2 ? "-" :
                    $"{kpi.Unit.ShowDifference(d.Difference.Mean)} [{colour}]{ComparisonWriter.VerdictText(d.Verdict)}[/]{caveat}");
            }
            table.AddRow(cells.ToArray());
        }
        return table;
    }
}
