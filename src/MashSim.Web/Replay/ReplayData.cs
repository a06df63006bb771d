namespace MashSim.Web.Replay;

/// <summary>One week of a run's first replication, ready to animate: the stages drawn as columns, every contact and case seen that week, and a snapshot every few minutes.</summary>
/// <param name="Start">The first moment of the week (local time of the scenario).</param>
/// <param name="Day">The week's first day, counted from the run's start.</param>
/// <param name="Days">Days in the replay.</param>
/// <param name="StepMinutes">Minutes between snapshots.</param>
/// <param name="HorizonDays">Days the run simulated, so the page offers only days it has.</param>
/// <param name="MeasuredFromDay">The first day after the warm-up.</param>
/// <param name="Stages">The columns, in the journey's order.</param>
/// <param name="Staff">The staffed pools of the front door.</param>
/// <param name="Items">The dots: each contact (or case) with its time in each stage, in minutes from <paramref name="Start"/>.</param>
/// <param name="Steps">What is happening at each snapshot, computed from the log.</param>
public sealed record ReplayData(DateTime Start, int Day, int Days, int StepMinutes, int HorizonDays, int MeasuredFromDay,
    IReadOnlyList<ReplayStage> Stages, IReadOnlyList<ReplayStaff> Staff, IReadOnlyList<ReplayItem> Items, IReadOnlyList<ReplayStep> Steps);

/// <summary>A column of the replay: a stage of the journey and the staff who do it (none for agency checks and waits for a slot).</summary>
public sealed record ReplayStage(string Id, string Label, string? Resource);

/// <summary>A staffed pool and how many are on it.</summary>
public sealed record ReplayStaff(string Resource, string Label, int Capacity);

/// <summary>One dot: a contact (c123) or a case (e45), its RAG, and its segments as [stage, queued, started, ended] in minutes from the week's start.</summary>
public sealed record ReplayItem(string Id, string Rag, IReadOnlyList<double[]> Segments);

/// <summary>One snapshot: contacts waiting at each stage, staff busy in each pool, contacts past their RAG timescale, and the explanation in words.</summary>
/// <param name="Minute">Minutes from the week's start.</param>
/// <param name="Waiting">Waiting at each stage (the replay's columns).</param>
/// <param name="Busy">Busy in each staffed pool.</param>
/// <param name="PastTimescale">Contacts still undecided after their RAG timescale.</param>
/// <param name="Open">True while the MASH is open.</param>
/// <param name="Busiest">The stage with the longest queue, or -1 when nothing waits.</param>
/// <param name="Explanation">Where work queues and why, in plain words.</param>
public sealed record ReplayStep(int Minute, int[] Waiting, int[] Busy, int PastTimescale, bool Open, int Busiest, string Explanation);
