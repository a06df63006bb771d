using MashSim.Kernel;

namespace MashSim.Model.Contacts;

/// <summary>A contact about a child made to children's services, with what has happened to it so far.</summary>
public sealed class Contact
{
    public Contact(int id, ContactSource source, RagRating rag, SimTime arrivedAt, bool counted, int? childId = null)
    {
        Id = id;
        ChildId = childId ?? id;
        Source = source;
        Rag = rag;
        ArrivedAt = arrivedAt;
        Counted = counted;
    }

    public int Id { get; }

    /// <summary>The child the contact is about; a child who comes back keeps the same id.</summary>
    public int ChildId { get; }
    public ContactSource Source { get; }

    /// <summary>The child's age in whole years when the contact arrived.</summary>
    public int ChildAgeYears { get; init; }

    /// <summary>The rating screening will give it (its true urgency, drawn on arrival).</summary>
    public RagRating Rag { get; }

    public SimTime ArrivedAt { get; }

    /// <summary>Arrived inside the measured period (after the warm-up, before the horizon), so counts in the outcomes.</summary>
    public bool Counted { get; }

    public ContactState State { get; set; } = ContactState.Received;
    public bool OutOfHours { get; set; }
    public SimTime? RatedAt { get; set; }
    public SimTime? DecidedAt { get; set; }
    public SimTime? LeftAt { get; set; }
    public ThresholdDecision? Decision { get; set; }
    public SimTime DecisionDeadline { get; set; }
    public SimTime FlagDeadline { get; set; }
    public double? ScreeningWaitMinutes { get; set; }
    public int ChecksRequested { get; set; }

    /// <summary>One bit per agency (in the scenario's order) whose answer has not come back.</summary>
    public ulong ChecksOutstanding { get; set; }

    /// <summary>The agencies whose answers were still missing when the worker decided at the deadline.</summary>
    public ulong ChecksMissingAtDecision { get; set; }
    public bool ChecksClosed { get; set; }
    public int TransferStepsDone { get; set; }

    public bool IsRed => Rag == RagRating.Red;
}
