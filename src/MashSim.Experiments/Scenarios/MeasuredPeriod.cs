namespace MashSim.Experiments.Scenarios;

/// <summary>Places a scenario's measured period on the dates its report describes.</summary>
/// <remarks>
/// With <c>run.measuredFrom</c>, the run starts <c>warmupDays</c> before that date (whatever <c>run.start</c> says),
/// so the measured days, and the plots, tables and contact log that show them, carry the report's dates; a
/// different <c>--warmup</c> moves the start, not the measured period.
/// </remarks>
public static class MeasuredPeriod
{
    public static ScenarioFile Place(ScenarioFile scenario) => scenario.Run.MeasuredFrom is { } from
        ? scenario with { Run = scenario.Run with { Start = from.AddDays(-scenario.Run.WarmupDays) } }
        : scenario;
}
