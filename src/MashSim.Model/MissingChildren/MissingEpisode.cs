using MashSim.Kernel;

namespace MashSim.Model.MissingChildren;

/// <summary>One episode of a child missing from home or care, from the police notification to the return home interview.</summary>
internal sealed class MissingEpisode(int childId, bool repeat, SimTime missingAt, bool counted)
{
    public int ChildId { get; } = childId;

    /// <summary>The child had gone missing before in this run.</summary>
    public bool Repeat { get; } = repeat;

    public SimTime MissingAt { get; } = missingAt;
    public bool Counted { get; } = counted;
    public SimTime? FoundAt { get; set; }
    public EpisodeEnd? End { get; set; }
}

/// <summary>Where a missing episode ended.</summary>
internal enum EpisodeEnd
{
    Interviewed,
    Declined,
}
