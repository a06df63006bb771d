using MashSim.Model.Contacts;
using MashSim.Model.Recording;

namespace MashSim.Model.Runs;

/// <summary>What one replication of the front door produced: a value per outcome, a daily queue series, and the accounting of every contact.</summary>
public sealed record RunResult(
    int Replication,
    IReadOnlyList<double> Values,
    IReadOnlyList<DailySeries> Series,
    IReadOnlyList<double> DecisionHours,
    ContactAccount Account,
    IReadOnlyList<Contact>? Contacts,
    long EventsHandled)
{
    public double this[Kpi kpi] => Values[kpi.Index];

    /// <summary>The accounting of cases after the front door; null when the scenario has no pathway.</summary>
    public CaseAccount? Cases { get; init; }

    /// <summary>Where the time goes: each stage's mean wait and work in the measured period; null in results written before it existed.</summary>
    public IReadOnlyList<Recording.Events.StageTime>? Stages { get; init; }

    /// <summary>How many contacts and cases took each transition, and their time in each state (measured period).</summary>
    public Recording.Flows.RunFlows? Flows { get; init; }

    /// <summary>Each arrival stream of the optional processes (domestic abuse, missing children...), by where its items ended; empty when none is on.</summary>
    public IReadOnlyList<StreamAccount> Streams { get; init; } = [];

    /// <summary>The optional processes' observed times against their limits, for the timeliness plots; empty when none is on.</summary>
    public IReadOnlyList<TimelinessSample> Timeliness { get; init; } = [];
}

/// <summary>Every case, opened by a referral or already open at the start (the initial stock), by where it ended up, checked against the recorder's own count of open cases.</summary>
public sealed record CaseAccount(int Initial, int Opened, int Closed, int LeftCare, int StillOpen, int OpenCountedByStock)
{
    public bool Balances => Initial + Opened == Closed + LeftCare + StillOpen && StillOpen == OpenCountedByStock;
}

/// <summary>Every contact that arrived, by where it ended up: the conservation check that nothing was lost.</summary>
public sealed record ContactAccount(int Arrived, int TransferredToDuty, int Referred, int Closed, int StillOpen)
{
    public bool Balances => Arrived == TransferredToDuty + Referred + Closed + StillOpen;
}
