using System.Text.Json;
using MashSim.Experiments.Calibration;
using MashSim.Experiments.Results;
using MashSim.Experiments.Scenarios;
using MashSim.Model.Recording;
using MashSim.Outputs.Bundles;
using MashSim.Outputs.Tables;

namespace MashSim.Outputs.Reports;

/// <summary>The report of a run, calibration or merge folder: the scenario's outcomes, where the time goes, its calibration and provenance.</summary>
public static class RunReport
{
    public static ReportModel Build(string folder, LoadedScenario loaded, ExperimentResult result, RunManifest manifest,
        IReadOnlyList<StageSummary> stages, IReadOnlyList<ReportTrace>? traces = null)
    {
        var scenario = result.Scenario;
        var calibration = loaded.File.Calibration.Count > 0 ? CalibrationRow.Check(loaded.File.Calibration, result) : [];
        string kind = manifest.MergedFrom is not null ? "merge"
            : manifest.RerunArguments is ["calibrate", ..] || manifest.CommandLine.StartsWith("mashsim calibrate", StringComparison.Ordinal) ? "calibrate"
            : "run";
        string question = kind == "calibrate"
            ? $"Does the scenario {scenario.Name} reproduce the reports' figures, within each target's tolerance?"
            : $"How does the front door of {scenario.Name} perform, and where does the time go?";
        var tables = new List<ReportTable>();
        if (calibration.Count > 0) tables.Add(CalibrationTable(calibration));
        if (stages.Count > 0) tables.Add(StagesTable(stages));
        return new ReportModel
        {
            Title = $"{scenario.Name}: {result.Runs.Count} replications",
            Kind = kind,
            ScenarioName = scenario.Name,
            Description = scenario.Description,
            Question = question,
            Summary = Summary(result, stages, calibration),
            Headlines = Headlines(result, calibration),
            Tables = tables,
            Warnings = SummaryWarnings(folder),
            Sources = Provenance(loaded, ProvenanceKind.Source),
            Assumptions = Provenance(loaded, ProvenanceKind.Assumption),
            Unstated = loaded.Provenance.Count(p => p.Kind == ProvenanceKind.Unstated),
            Traces = traces ?? [],
            Settings = Settings(scenario, result.Plan.Seed, result.Runs.Count, manifest),
        };
    }

    /// <summary>The plain-English paragraph that opens the report, every figure taken from the summary.</summary>
    public static string Summary(ExperimentResult result, IReadOnlyList<StageSummary> stages, IReadOnlyList<CalibrationRow> calibration)
    {
        var scenario = result.Scenario;
        var parts = new List<string>();
        var decisions = result[Kpi.DecisionWithin1WorkingDay];
        if (decisions.HasObservations)
            parts.Add($"With {scenario.Mash.Staff.SocialWorkers} MASH social workers and {scenario.Mash.Staff.Managers} managers, " +
                      $"{ReportText.WithInterval(decisions)} of decisions are made within one working day " +
                      $"(mean {ReportText.Value(Kpi.HoursToDecisionMean, result[Kpi.HoursToDecisionMean].Mean)} from contact to decision).");
        var front = Longest(stages, "contact");
        if (front.Length > 0)
            parts.Add($"At the front door the time goes mostly to {Listed(front)}.");
        var assessments = result[Kpi.AssessmentsWithin45WorkingDays];
        if (assessments.HasObservations)
            parts.Add($"After referral, {ReportText.WithInterval(assessments)} of assessments are completed within 45 working days" +
                      (Longest(stages, "child") is { Length: > 0 } child ? $", and the longest stages are {Listed(child)}." : "."));
        if (calibration.Count > 0)
            parts.Add($"{calibration.Count(c => c.Met)} of {calibration.Count} calibration targets are met.");
        return parts.Count > 0 ? string.Join(" ", parts) : $"{scenario.Name} ran {result.Runs.Count} replications; no outcome was observed.";
    }

    private static StageSummary[] Longest(IReadOnlyList<StageSummary> stages, string journey) =>
        stages.Where(s => s.Journey == journey && s.CountMean > 0 && s.TotalHours > 0).OrderByDescending(s => s.TotalHours).Take(2).ToArray();

    private static string Listed(StageSummary[] stages) =>
        string.Join(" and ", stages.Select((s, i) => $"{Phrase(s.Stage)} ({(i == 0 ? "mean " : "")}{StageTime(s)})"));

    /// <summary>A stage as a sentence names it: "check: police" reads "police checks".</summary>
    public static string Phrase(string stage) =>
        stage.StartsWith(MashSim.Model.Recording.Events.JourneyStages.CheckPrefix, StringComparison.Ordinal)
            ? stage[MashSim.Model.Recording.Events.JourneyStages.CheckPrefix.Length..] + " checks"
            : stage;

    /// <summary>A stage's total in hours, or in days when it is longer than two days.</summary>
    public static string StageTime(StageSummary s) =>
        s.TotalHours > 48 ? ReportText.Number(s.TotalHours / 24, "0.0") + " days" : ReportText.Hours(s.TotalHours);

    private static IReadOnlyList<HeadlineRow> Headlines(ExperimentResult result, IReadOnlyList<CalibrationRow> calibration) =>
        HeadlineOutcomes.All.Concat(calibration.Select(c => Kpi.ById(c.Target.Outcome))).Distinct()
            .Select(kpi => result[kpi]).Where(s => s.HasObservations)
            .Select(s =>
            {
                var target = calibration.FirstOrDefault(c => c.Target.Outcome == s.Kpi.Id);
                return new HeadlineRow(s.Kpi.Id, s.Kpi.Label, ReportText.Value(s.Kpi, s.Mean), ReportText.Interval(s.Kpi, s.CiLow, s.CiHigh),
                    target is null ? "" : $"{ReportText.Value(s.Kpi, target.Target.Value)} ± {target.Target.Tolerance:0%}",
                    target is null ? "" : target.Met ? "yes" : "no");
            }).ToArray();

    public static ReportTable CalibrationTable(IReadOnlyList<CalibrationRow> rows) => new(
        "Calibration against the reports' figures",
        "Each target, where it comes from, and the simulated mean with its 95% CI. Met: within the target's relative tolerance.",
        ["Outcome", "Target", "Source", "Simulated (95% CI)", "Error", "Met?"],
        rows.Select(r => (IReadOnlyList<string>)[r.Simulated.Kpi.Label, ReportText.Value(r.Simulated.Kpi, r.Target.Value), r.Target.Source,
            ReportText.WithInterval(r.Simulated), double.IsFinite(r.RelativeError) ? r.RelativeError.ToString("+0.0%;-0.0%") : "", r.Met ? "yes" : "no"]).ToArray());

    public static ReportTable StagesTable(IReadOnlyList<StageSummary> stages, string? scenario = null) => new(
        scenario is null ? "Where the time goes" : $"Where the time goes: {scenario}",
        "Each stage's mean wait (queued for a worker, a meeting or a slot) and mean time being worked on (or with another agency), elapsed hours for a contact and days for a child, with 95% CIs over replications; per replication: how often it happened in the measured period.",
        ["Journey", "Stage", "Per replication", "Waiting (95% CI)", "Working (95% CI)"],
        stages.Where(s => s.CountMean > 0).Select(s => (IReadOnlyList<string>)[s.Journey, s.Stage, ReportText.Number(s.CountMean, "#,##0"),
            TimeWithInterval(s.WaitHours, s.Journey), TimeWithInterval(s.WorkHours, s.Journey)]).ToArray());

    /// <summary>"9.8 h (9.1–10.5 h)" for a contact's stage, "44.3 days (43.0–45.6 days)" for a child's.</summary>
    private static string TimeWithInterval(ConfidenceInterval ci, string journey)
    {
        bool days = journey == "child";
        string Unit(double hours) => days ? ReportText.Number(hours / 24, "0.0") + " days" : ReportText.Hours(hours);
        string Bare(double hours) => ReportText.Number(days ? hours / 24 : hours, "0.0");
        return double.IsFinite(ci.Low) ? $"{Unit(ci.Mean)} ({Bare(ci.Low)}–{Unit(ci.High)})" : Unit(ci.Mean);
    }

    public static IReadOnlyList<ProvenanceRow> Provenance(LoadedScenario loaded, ProvenanceKind kind) =>
        loaded.Provenance.Where(p => p.Kind == kind).Select(p => new ProvenanceRow(p.FieldPath, p.ValueText, p.Citation ?? "")).ToArray();

    public static IReadOnlyList<SettingRow> Settings(MashSim.Model.Parameters.Scenario scenario, long seed, int replications, RunManifest manifest) =>
    [
        new("Seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Replications", replications.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Days simulated (warm-up)", $"{scenario.Run.HorizonDays} ({scenario.Run.WarmupDays})"),
        new("Start date", scenario.Run.Start.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)),
        new("MashSim version", ManifestFile.Version),
        new("Command line", manifest.CommandLine),
        new("Make it again", "mashsim rerun <this folder>"),
    ];

    /// <summary>Warnings a summary.json may carry (saturation and the like); read defensively, as older folders have none.</summary>
    public static IReadOnlyList<string> SummaryWarnings(string folder)
    {
        try
        {
            using var doc = SummaryFiles.ReadJson(folder);
            if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("warnings", out var warnings) || warnings.ValueKind != JsonValueKind.Array)
                return [];
            return warnings.EnumerateArray().Select(w => w.ValueKind == JsonValueKind.String ? w.GetString()
                : w.ValueKind == JsonValueKind.Object && w.TryGetProperty("message", out var m) ? m.ToString() : w.ToString()).OfType<string>().ToArray();
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }
}
