using System.Globalization;

namespace MashSim.Web.Replay;

/// <summary>The replay's snapshots: queues, staff busy and contacts past their timescale at each step, and the explanation of where work queues and why.</summary>
/// <remarks>Computed from the run's own log, so the words change with the controls; none of it is written by hand.</remarks>
internal static class Snapshot
{
    /// <summary>What the snapshots are computed from.</summary>
    /// <param name="Stages">The replay's columns.</param>
    /// <param name="Staff">The staffed pools.</param>
    /// <param name="Items">Each dot: RAG, (decided, decision deadline) for a contact, and its segments (stage, queued, start, end, resource).</param>
    /// <param name="Contacts">Each contact: arrived, left the front door, RAG flag deadline.</param>
    /// <param name="IsOpen">Whether the MASH is open at a minute of the week.</param>
    /// <param name="ToTime">A minute of the week as a local time.</param>
    /// <param name="NextOpening">The minute the MASH next opens.</param>
    /// <param name="CaseloadCap">The scenario's caseload cap, as text, when it has one.</param>
    /// <param name="DecisionWorkingDays">The decision timescale in working days.</param>
    public sealed record Context(
        IReadOnlyList<ReplayStage> Stages,
        IReadOnlyList<ReplayStaff> Staff,
        IReadOnlyList<(string Rag, (double Decided, double Deadline) Decision, IReadOnlyList<(int Stage, double Queued, double Start, double End, string Resource)> Segments)> Items,
        IReadOnlyList<(double Arrived, double Left, double FlagDeadline)> Contacts,
        Func<double, bool> IsOpen,
        Func<double, DateTime> ToTime,
        Func<double, double> NextOpening,
        string? CaseloadCap,
        int DecisionWorkingDays);

    private const int ChecksStage = 2;
    private const int AllocationStage = 6;
    private const int FirstPathwayStage = 6;
    private const string EmergencyDutyTeam = "emergency duty team";

    public static ReplayStep[] Series(Context context, int steps, int stepMinutes, int recentMinutes)
    {
        int stages = context.Stages.Count, pools = context.Staff.Count;
        var poolOf = context.Items.Select(i => i.Segments.Select(g => context.Staff.ToList().FindIndex(p => p.Resource == g.Resource)).ToArray()).ToArray();
        var busy = new int[steps][];
        var available = new bool[steps][];
        var waitingItems = new List<int>[steps][];
        for (int s = 0; s < steps; s++)
        {
            double t = s * stepMinutes;
            bool open = context.IsOpen(t);
            available[s] = context.Staff.Select(pool => pool.Resource == EmergencyDutyTeam ? !open : open).ToArray();
            busy[s] = new int[pools];
            waitingItems[s] = Enumerable.Range(0, stages).Select(_ => new List<int>()).ToArray();
            // One pass over every dot's segments per snapshot: where it waits, and which pool is working on it.
            for (int i = 0; i < context.Items.Count; i++)
            {
                var segments = context.Items[i].Segments;
                int waitingAt = -1;
                for (int g = 0; g < segments.Count; g++)
                {
                    var seg = segments[g];
                    if (seg.Queued > t || t >= seg.End) continue;
                    if (t < seg.Start || seg.Stage == ChecksStage) waitingAt = seg.Stage;
                    else if (poolOf[i][g] is int p and >= 0 && available[s][p]) busy[s][p]++;
                }
                if (waitingAt >= 0) waitingItems[s][waitingAt].Add(i);
            }
        }
        int recentSteps = Math.Max(1, recentMinutes / stepMinutes);
        var result = new ReplayStep[steps];
        for (int s = 0; s < steps; s++)
        {
            double t = s * stepMinutes;
            int[] waiting = waitingItems[s].Select(w => w.Count).ToArray();
            int past = context.Contacts.Count(c => c.Arrived <= t && t < c.Left && c.FlagDeadline < t);
            int busiest = waiting.Max() > 0 ? Array.IndexOf(waiting, waiting.Max()) : -1;
            var recentShare = context.Staff.Select((pool, p) =>
            {
                var window = Enumerable.Range(Math.Max(0, s - recentSteps + 1), Math.Min(recentSteps, s + 1)).Where(k => available[k][p]).ToArray();
                return window.Length == 0 || pool.Capacity == 0 ? double.NaN : window.Average(k => busy[k][p]) / pool.Capacity;
            }).ToArray();
            var atBusiest = busiest < 0 ? [] : waitingItems[s][busiest].Select(i => context.Items[i]).ToArray();
            string words = Explain(context, t, busiest, atBusiest, busy[s], recentShare, recentMinutes, past);
            result[s] = new ReplayStep((int)t, waiting, busy[s], past, context.IsOpen(t), busiest, words);
        }
        return result;
    }

    private static string Explain(Context context, double t, int busiest, IReadOnlyList<(string Rag, (double Decided, double Deadline) Decision,
        IReadOnlyList<(int Stage, double Queued, double Start, double End, string Resource)> Segments)> waiting, int[] busyNow, double[] recentShare, int recentMinutes, int past)
    {
        var now = context.ToTime(t);
        string When(DateTime time) => time.ToString("ddd HH:mm", CultureInfo.InvariantCulture);
        string pastText = past == 0 ? "No contact is past its RAG timescale." : $"{past} {Plural(past, "contact is", "contacts are")} past {(past == 1 ? "its" : "their")} RAG timescale.";
        if (busiest < 0)
        {
            int working = busyNow.Sum();
            return $"{When(now)}: nothing is waiting. {working} {Plural(working, "piece", "pieces")} of work {(working == 1 ? "is" : "are")} in hand at the front door." +
                   (context.IsOpen(t) ? "" : " The MASH is closed.") + " " + pastText;
        }
        var stage = context.Stages[busiest];
        bool frontDoor = busiest < FirstPathwayStage;
        string noun = frontDoor ? Plural(waiting.Count, "contact", "contacts") : Plural(waiting.Count, "child", "children");
        var sentences = new List<string>();
        string rags = frontDoor
            ? " (" + string.Join(", ", new[] { "Red", "Amber", "Green" }.Select(r => (r, n: waiting.Count(w => w.Rag == r))).Where(x => x.n > 0).Select(x => $"{x.n} {x.r.ToLowerInvariant()}")) + ")"
            : "";
        sentences.Add($"{When(now)}: the longest queue is for {stage.Label}: {waiting.Count} {noun} wait{(waiting.Count == 1 ? "s" : "")}{rags}.");

        int pool = context.Staff.ToList().FindIndex(p => p.Resource == stage.Resource);
        if (pool >= 0)
        {
            var staff = context.Staff[pool];
            bool closed = staff.Resource == EmergencyDutyTeam ? context.IsOpen(t) : !context.IsOpen(t);
            if (closed && staff.Resource != EmergencyDutyTeam)
                sentences.Add($"The MASH is closed until {When(context.ToTime(context.NextOpening(t)))}, so they wait for it to open.");
            else
                sentences.Add($"{staff.Label}: {busyNow[pool]} of {staff.Capacity} busy now" +
                              (double.IsFinite(recentShare[pool]) ? $", {recentShare[pool]:0%} busy over the last {recentMinutes / 60} hours." : "."));
        }
        else if (busiest == ChecksStage)
        {
            var agencies = waiting.SelectMany(w => w.Segments.Where(g => g.Stage == ChecksStage && g.Queued <= t && t < g.End).Select(g => g.Resource))
                .GroupBy(a => a).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} ({g.Count()})");
            double longest = waiting.Max(w => w.Segments.Where(g => g.Stage == ChecksStage && g.Queued <= t).Select(g => t - g.Queued).DefaultIfEmpty(0).Max()) / 60;
            sentences.Add($"They wait for other agencies' answers: {string.Join(", ", agencies)}; the longest has waited {longest:0.0} hours.");
        }
        else if (busiest == AllocationStage)
        {
            sentences.Add(context.CaseloadCap is { } cap
                ? $"They wait to be allocated a social worker with room under the caseload cap of {cap} children."
                : "They wait for a social worker with room for another child.");
        }

        if (frontDoor)
        {
            int miss = waiting.Count(w => w.Decision.Decided > w.Decision.Deadline);
            string days = $"{context.DecisionWorkingDays}-working-day";
            sentences.Add(miss == 0 ? $"All of them will be decided within the {days} timescale."
                : $"{miss} of them will miss the {days} decision.");
        }
        sentences.Add(pastText);
        return string.Join(" ", sentences);
    }

    private static string Plural(int n, string one, string many) => n == 1 ? one : many;
}
