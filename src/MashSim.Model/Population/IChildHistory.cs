using MashSim.Kernel;

namespace MashSim.Model.Population;

/// <summary>What is known of one child across contacts and episodes, for any part of the model that decides by it (a repeat missing episode, a second plan).</summary>
public interface IChildHistory
{
    int ChildId { get; }

    /// <summary>Age in years at <paramref name="now"/>.</summary>
    double AgeYears(SimTime now);

    /// <summary>Every episode so far, oldest first.</summary>
    IReadOnlyList<HistoryEntry> Entries { get; }

    /// <summary>How many episodes of this kind the child has had (open ones included).</summary>
    int Count(HistoryKind kind);

    /// <summary>When the latest episode of this kind started, or null if there has been none.</summary>
    SimTime? LastStart(HistoryKind kind);

    Involvement Involvement { get; }
}

/// <summary>Looks children up by id: how the front doors and the pathway read a child's history.</summary>
public interface IChildHistories
{
    /// <summary>The child's history, or null for a child the run has never seen (or has forgotten, after the look-back window).</summary>
    IChildHistory? Find(int childId);
}
