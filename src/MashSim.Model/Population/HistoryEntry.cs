using MashSim.Kernel;

namespace MashSim.Model.Population;

/// <summary>One episode of a child's history: what it was, when it started and (once it has) when it ended.</summary>
/// <remarks>Times before zero belong to children known before the run started; a contact or referral starts and ends at once.</remarks>
public readonly record struct HistoryEntry(HistoryKind Kind, SimTime Start, SimTime? End)
{
    public bool IsOpen => End is null;
}
