using MashSim.Model.Parameters;

namespace MashSim.Outputs.Traces;

/// <summary>The children whose journeys a run's report tells: the first few of the measured period and a few whose decision or assessment was late, from replication 0.</summary>
public static class ReportChildren
{
    /// <summary>Children per choice.</summary>
    public const int Each = 3;

    public static readonly IReadOnlyList<TraceChoice> Choices = [TraceChoice.First, TraceChoice.Late];

    /// <summary>The choosers that pick them from replication 0's activities as its event log is written.</summary>
    public static ChildTraces.Choosers Choosers(Scenario scenario) => new(new ChildTraces.Timescales(scenario), Each, Choices);
}
