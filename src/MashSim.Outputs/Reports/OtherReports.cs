using System.Globalization;
using MashSim.Experiments.Comparison;
using MashSim.Experiments.Results;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Staffing;
using MashSim.Experiments.Sweeps;
using MashSim.Model.Parameters;
using MashSim.Model.Recording;
using MashSim.Outputs.Bundles;

namespace MashSim.Outputs.Reports;

/// <summary>The report of a compare folder: does each later scenario beat the first, outcome by outcome, with paired CIs.</summary>
public static class ComparisonReport
{
    public static ReportModel Build(ScenarioComparison comparison, RunManifest manifest,
        IReadOnlyList<(string Scenario, IReadOnlyList<StageSummary> Stages)> stages)
    {
        var baseline = comparison.Baseline;
        var names = comparison.Results.Select(r => r.Scenario.Name).ToArray();
        var others = names.Skip(1).ToArray();
        var differences = Enumerable.Range(1, comparison.Results.Count - 1).Select(comparison.Against).ToArray();
        var kpis = HeadlineOutcomes.All.Concat(Kpi.All).Distinct().Where(k => comparison.Results.All(r => r[k].HasObservations)).ToArray();
        var verdicts = new ReportTable("Comparison verdicts",
            $"Each scenario's mean (95% CI), and each later scenario's paired difference from {names[0]} over the same replications (common random numbers), with its 95% CI. Better or worse by the outcome's direction; no detectable difference when the CI contains 0.",
            ["Outcome", .. names, .. others.Select(o => $"{o} − {names[0]} (95% CI)"), .. others.Select(o => $"{o}: verdict")],
            kpis.Select(kpi => (IReadOnlyList<string>)[kpi.Label,
                .. comparison.Results.Select(r => ReportText.WithInterval(r[kpi])),
                .. differences.Select(d => Difference(kpi, d[kpi.Index].Difference)),
                .. differences.Select(d => ComparisonWriter.VerdictText(d[kpi.Index].Verdict))]).ToArray());
        var headline = HeadlineOutcomes.All.Where(k => kpis.Contains(k)).ToArray();
        var sentences = others.Select((name, i) =>
        {
            var counts = headline.GroupBy(k => ComparisonWriter.VerdictText(differences[i][k.Index].Verdict)).ToDictionary(g => g.Key, g => g.Count());
            var lead = headline.FirstOrDefault();
            string first = lead is null ? "" :
                $"{lead.Label}: {ReportText.Value(lead, baseline[lead].Mean)} with {names[0]}, {ReportText.Value(lead, comparison.Results[i + 1][lead].Mean)} with {name} " +
                $"({Difference(lead, differences[i][lead.Index].Difference)}, {ComparisonWriter.VerdictText(differences[i][lead.Index].Verdict)}). ";
            return $"{name} against {names[0]}: {first}Of the {headline.Length} headline outcomes, {name} is better on {counts.GetValueOrDefault("better")}, " +
                   $"worse on {counts.GetValueOrDefault("worse")} and not detectably different on {counts.GetValueOrDefault("no detectable difference")}.";
        });
        var tables = new List<ReportTable> { verdicts };
        tables.AddRange(stages.Where(s => s.Stages.Count > 0).Select(s => RunReport.StagesTable(s.Stages, s.Scenario)));
        return new ReportModel
        {
            Title = $"Comparison: {string.Join(" vs ", names)}",
            Kind = "compare",
            ScenarioName = names[0],
            // A what-if that extends its base inherits the base's description: say it once.
            Description = string.Join(" ", comparison.Results.GroupBy(r => r.Scenario.Description)
                .Select(g => $"{string.Join(", ", g.Select(r => r.Scenario.Name))}: {g.Key}")),
            Question = $"Does {string.Join(" or ", others)} beat {names[0]}?",
            Summary = string.Join(" ", sentences),
            Tables = tables,
            Sources = Provenance.Of(comparison.Scenarios, ProvenanceKind.Source),
            Assumptions = Provenance.Of(comparison.Scenarios, ProvenanceKind.Assumption),
            Unstated = comparison.Scenarios.Sum(l => l.Provenance.Count(p => p.Kind == ProvenanceKind.Unstated)),
            Settings = RunReport.Settings(baseline.Scenario, baseline.Plan.Seed, baseline.Runs.Count, manifest),
        };
    }

    private static string Difference(Kpi kpi, ConfidenceInterval d)
    {
        double scale = kpi.Unit.IsPercent ? 100 : 1;
        string unit = kpi.Unit.IsPercent ? " points" : "";
        string Signed(double v) => (v * scale).ToString("+#,##0.0;-#,##0.0;0.0", CultureInfo.InvariantCulture);
        return double.IsFinite(d.Low) ? $"{Signed(d.Mean)}{unit} ({Signed(d.Low)} to {Signed(d.High)})" : $"{Signed(d.Mean)}{unit}";
    }
}

/// <summary>The report of a staff folder: the smallest (or cheapest) staffing that meets every target with 95% confidence, and the evidence.</summary>
public static class StaffingReport
{
    public static ReportModel Build(LoadedScenario loaded, StaffingSearch.Answer answer, RunManifest manifest)
    {
        var scenario = loaded.Scenario;
        var targets = answer.Evidence.FirstOrDefault()?.Results.Select(r => r.Target).ToArray() ?? [];
        string targetText = string.Join(" and ", targets.Select(Target));
        string roles = string.Join(" and ", answer.Roles.Select(r => r.Path));
        string question = answer.Roles.Count == 1
            ? $"What is the smallest {roles} that meets {targetText}, with 95% confidence?"
            : $"What is the cheapest mix of {roles} that meets {targetText}, with 95% confidence?";
        string Staffing(StaffingSearch.Trial t) => string.Join(", ", answer.Roles.Select((r, i) => $"{r.Path} = {t.Staff[i]}"));
        string summary = answer.Chosen is not { } chosen
            ? $"No staffing tried (up to {string.Join(", ", answer.Roles.Select(r => $"{r.Path} = {r.High}"))}) meets every target with 95% confidence."
            : $"The answer is {Staffing(chosen)} (now {string.Join(", ", answer.Roles.Select(r => r.Now))}){(chosen.Cost is { } cost ? $", £{cost:N0} a year" : "")}: " +
              string.Join("; ", chosen.Results.Select(r => $"{r.Outcome.Kpi.Label} {ReportText.WithInterval(r.Outcome)} against {Target(r.Target)}")) + ".";
        var evidence = new ReportTable("The evidence: every staffing tried",
            "Each staffing tried, with the same replications and seed, each target's mean and 95% CI, and whether the whole interval is on the right side of the target.",
            [.. answer.Roles.Select(r => r.Path), "Cost a year", "Target", "Mean (95% CI)", "Met?", "Meets all?", "Answer?"],
            answer.Evidence.SelectMany(t => t.Results.Select(r => (IReadOnlyList<string>)[.. t.Staff.Select(s => s.ToString(CultureInfo.InvariantCulture)),
                t.Cost is { } c ? $"£{c:N0}" : "", Target(r.Target), ReportText.WithInterval(r.Outcome), r.Met ? "yes" : "no",
                t.MeetsAll ? "yes" : "no", answer.Chosen?.Staff.SequenceEqual(t.Staff) == true ? "yes" : ""])).ToArray());
        return new ReportModel
        {
            Title = $"Staffing: {scenario.Name}",
            Kind = "staff",
            ScenarioName = scenario.Name,
            Description = scenario.Description,
            Question = question,
            Summary = summary,
            Headlines = answer.Chosen?.Results.Select(r => new HeadlineRow(r.Outcome.Kpi.Id, r.Outcome.Kpi.Label, ReportText.Value(r.Outcome.Kpi, r.Outcome.Mean),
                ReportText.Interval(r.Outcome.Kpi, r.Outcome.CiLow, r.Outcome.CiHigh), Target(r.Target), r.Met ? "yes" : "no")).ToArray() ?? [],
            Tables = [evidence],
            Sources = Provenance.Of([loaded], ProvenanceKind.Source),
            Assumptions = Provenance.Of([loaded], ProvenanceKind.Assumption),
            Unstated = loaded.Provenance.Count(p => p.Kind == ProvenanceKind.Unstated),
            Settings = RunReport.Settings(scenario, loaded.File.Run.Seed, loaded.File.Run.Replications, manifest),
        };
    }

    private static string Target(StaffingTarget t) => $"{t.Kpi.Label} {(t.AtLeast ? "at least" : "at most")} {ReportText.Value(t.Kpi, t.Value)}";
}

/// <summary>The report of a sweep folder: how the headline outcomes move over the grid.</summary>
public static class SweepReport
{
    public static ReportModel Build(ScenarioFile file, IReadOnlyList<ProvenanceEntry> provenance, IReadOnlyList<SweepAxis> axes,
        IReadOnlyList<SweepPoint> points, RunManifest manifest)
    {
        var scenario = file.Model();
        var headline = HeadlineOutcomes.All.Where(k => points.Any(p => p.Summary[k.Index].HasObservations)).ToArray();
        string Where(SweepPoint p) => string.Join(", ", axes.Select((a, i) => $"{a.Path} = {p.Values[i]}"));
        var lead = headline.FirstOrDefault();
        string summary = lead is null || points.Count == 0 ? $"The sweep ran {points.Count} points; no headline outcome was observed."
            : $"Over {points.Count} points, {lead.Label.ToLowerInvariant()} ranges from {ReportText.WithInterval(points.MinBy(p => p.Summary[lead.Index].Mean)!.Summary[lead.Index])} " +
              $"at {Where(points.MinBy(p => p.Summary[lead.Index].Mean)!)} to {ReportText.WithInterval(points.MaxBy(p => p.Summary[lead.Index].Mean)!.Summary[lead.Index])} " +
              $"at {Where(points.MaxBy(p => p.Summary[lead.Index].Mean)!)}.";
        var table = new ReportTable("Every point of the grid", "Each headline outcome's mean and 95% CI at each point, with the same replications and seed.",
            [.. axes.Select(a => a.Path), .. headline.Select(k => k.Label)],
            points.Select(p => (IReadOnlyList<string>)[.. p.Values, .. headline.Select(k => ReportText.WithInterval(p.Summary[k.Index]))]).ToArray());
        var loaded = new LoadedScenario(file, provenance, "");
        return new ReportModel
        {
            Title = $"Sweep: {scenario.Name}",
            Kind = "sweep",
            ScenarioName = scenario.Name,
            Description = scenario.Description,
            Question = $"How do the headline outcomes change as {string.Join(" and ", axes.Select(a => a.Path))} vary?",
            Summary = summary,
            Tables = [table],
            Sources = Provenance.Of([loaded], ProvenanceKind.Source),
            Assumptions = Provenance.Of([loaded], ProvenanceKind.Assumption),
            Unstated = provenance.Count(p => p.Kind == ProvenanceKind.Unstated),
            Settings = RunReport.Settings(scenario, file.Run.Seed, file.Run.Replications, manifest),
        };
    }
}

/// <summary>The scenario figures of one kind over one or more scenarios, each once.</summary>
internal static class Provenance
{
    public static IReadOnlyList<ProvenanceRow> Of(IReadOnlyList<LoadedScenario> loaded, ProvenanceKind kind) =>
        loaded.SelectMany(l => RunReport.Provenance(l, kind)).Distinct().ToArray();
}
