using MashSim.Kernel;

namespace MashSim.Model.EarlyHelp;

/// <summary>One family stepped to the early help hub: its wait, its episode, and how it ended. What will happen is drawn on arrival, so staffing changes only when.</summary>
internal sealed class EarlyHelpFamily(int childId, SimTime referredAt, bool counted, Action<EarlyHelpEnding>? onEnded)
{
    public int ChildId { get; } = childId;
    public SimTime ReferredAt { get; } = referredAt;
    public bool Counted { get; } = counted;

    /// <summary>Whoever sent the family and decides what its ending means (a pathway case); null for the MASH, where a step-up is a new contact.</summary>
    public Action<EarlyHelpEnding>? OnEnded { get; } = onEnded;

    public double EpisodeDays { get; set; }
    public EarlyHelpEnding EpisodeEnding { get; set; }
    public SimTime? AllocatedAt { get; set; }
    public EarlyHelpEnding? End { get; set; }
    /// <summary>Held by a partner agency's lead professional rather than one of the hub's workers: the episode runs without the hub's capacity.</summary>
    public bool WithPartner { get; set; }

    public bool Waiting => !WithPartner && AllocatedAt is null && End is null;
}
