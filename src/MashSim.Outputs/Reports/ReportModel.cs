namespace MashSim.Outputs.Reports;

/// <summary>What a report.html shows, whatever wrote the folder: the view model the template renders.</summary>
/// <remarks>Plain text only: the template library HTML-encodes every value, so no field here may carry markup.</remarks>
public sealed class ReportModel
{
    public required string Title { get; init; }
    public required string Kind { get; init; }
    public string ScenarioName { get; init; } = "";
    public string Description { get; init; } = "";
    public required string Question { get; init; }
    public required string Summary { get; init; }
    public IReadOnlyList<HeadlineRow> Headlines { get; init; } = [];
    public IReadOnlyList<ReportTable> Tables { get; init; } = [];
    public IReadOnlyList<ReportFigure> Figures { get; set; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public IReadOnlyList<ProvenanceRow> Sources { get; init; } = [];
    public IReadOnlyList<ProvenanceRow> Assumptions { get; init; } = [];
    public int Unstated { get; init; }
    public IReadOnlyList<ReportTrace> Traces { get; init; } = [];
    public IReadOnlyList<SettingRow> Settings { get; init; } = [];
}

/// <summary>One headline outcome: its mean and 95% CI as people read them, and its target when there is one.</summary>
public sealed record HeadlineRow(string Id, string Label, string Value, string Interval, string Target, string Met);

/// <summary>A titled table of text cells (calibration, verdicts, staffing evidence, stages).</summary>
public sealed record ReportTable(string Title, string Note, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>A plot or diagram from the folder, embedded as a data URI.</summary>
public sealed record ReportFigure(string Title, string File, string DataUri);

/// <summary>A scenario figure and where it comes from (a citation or the assumption's reason).</summary>
public sealed record ProvenanceRow(string Field, string Value, string Citation);

/// <summary>A setting that reproduces the folder.</summary>
public sealed record SettingRow(string Name, string Value);

/// <summary>One child's journey, told as lines of a timeline.</summary>
public sealed record ReportTrace(string Heading, IReadOnlyList<string> Lines);
