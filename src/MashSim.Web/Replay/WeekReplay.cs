using System.Globalization;
using MashSim.Experiments.Scenarios;
using MashSim.Experiments.Scenarios.Variants;
using MashSim.Kernel;
using MashSim.Kernel.Calendar;
using MashSim.Model.Contacts;
using MashSim.Model.Recording;
using MashSim.Model.Recording.Events;
using MashSim.Outputs.Traces;

namespace MashSim.Web.Replay;

/// <summary>Builds a week's replay from a run's events.csv (its first replication): who was where, who waited, who was busy, and why work queued.</summary>
/// <remarks>
/// Everything comes from the log and the scenario the run used: a contact waits at a stage from "queued" to "start"
/// and is worked on from "start" to "end"; an agency check has no staff here, so its whole span is a wait for the answer.
/// Timescales are the model's own: the RAG flag deadline and the one-working-day decision, on the MASH's calendar.
/// </remarks>
public static class WeekReplay
{
    public const int StepMinutes = 10;

    /// <summary>How far back rows are read for contacts that arrived before the week and were still in the front door.</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(45);

    /// <summary>Rows come in the order activities end: past this, none began before the week ends (assessments run a few months at most).</summary>
    private static readonly TimeSpan LookAhead = TimeSpan.FromDays(200);

    /// <summary>Busy shares are taken over this much of the recent past ("this morning").</summary>
    private const int RecentMinutes = 180;

    private static readonly ReplayStage[] Columns =
    [
        new("edt", "emergency duty response", "emergency duty team"),
        new("screening", "screening", "MASH social workers"),
        new("checks", "agency checks", null),
        new("decision", "decision", "MASH social workers"),
        new("manager", "manager agreement", "MASH managers"),
        new("transfer", "transfer step", "business support"),
        new("allocation", "allocation", null),
        new("assessment", "assessment", null),
    ];

    private static int ColumnOf(string activity) => activity switch
    {
        JourneyStages.EmergencyDuty => 0,
        JourneyStages.Screening => 1,
        JourneyStages.Decision => 3,
        JourneyStages.ManagerAgreement => 4,
        JourneyStages.TransferStep => 5,
        JourneyStages.Allocation => 6,
        JourneyStages.Assessment => 7,
        _ when activity.StartsWith(JourneyStages.CheckPrefix, StringComparison.Ordinal) => 2,
        _ => -1,
    };

    private static bool IsFrontDoorOutcome(string activity) =>
        activity is JourneyStages.Referred or JourneyStages.PassedToDuty or JourneyStages.ClosedAtFrontDoor;

    /// <summary>A contact's facts the snapshots need: when it arrived, its deadlines, when it was decided and when it left the front door.</summary>
    private sealed class ContactFacts
    {
        public string Rag = "";
        public double Arrived = double.NaN;
        public double Decided = double.PositiveInfinity;
        public double Left = double.PositiveInfinity;
        public double DecisionDeadline = double.PositiveInfinity;
        public double FlagDeadline = double.PositiveInfinity;
        public double ScreeningEnd = double.NaN;
    }

    private sealed class Item(string id, string rag, int? contact)
    {
        public string Id { get; } = id;
        public string Rag { get; } = rag;
        public int? Contact { get; } = contact;
        public List<(int Stage, double Queued, double Start, double End, string Resource)> Segments { get; } = [];
    }

    /// <summary>The week from day <paramref name="day"/> (counted from the run's start) of the run whose log is <paramref name="eventsCsv"/>.</summary>
    public static ReplayData Build(string eventsCsv, LoadedScenario loaded, int day, int days = 7)
    {
        var scenario = loaded.Scenario;
        var epoch = scenario.Run.Start.ToDateTime(TimeOnly.MinValue);
        var calendar = new WorkingCalendar(epoch, scenario.Mash.Hours.ToWorkingHours());
        var weekStart = epoch.AddDays(day);
        var weekEnd = weekStart.AddDays(days);
        double Minute(DateTime t) => (t - weekStart).TotalMinutes;
        double startSim = (weekStart - epoch).TotalMinutes;

        var items = new Dictionary<string, Item>(StringComparer.Ordinal);
        var facts = new Dictionary<int, ContactFacts>();
        ContactFacts Facts(int id) => facts.TryGetValue(id, out var f) ? f : facts[id] = new ContactFacts();

        foreach (var row in EventLogReader.Rows(eventsCsv))
        {
            if (row.Replication != 0 || row.End > weekEnd + LookAhead) break;
            if (row.End < weekStart - LookBack) continue;
            if (row.Queued >= weekEnd) continue;
            int? contact = int.TryParse(row.Contact, NumberStyles.Integer, CultureInfo.InvariantCulture, out int c) ? c : null;
            if (contact is { } id)
            {
                var f = Facts(id);
                f.Rag = row.Rag;
                if (row.Activity == JourneyStages.ContactReceived) f.Arrived = Minute(row.End);
                if (row.Activity is JourneyStages.Decision or JourneyStages.ManagerAgreement) f.Decided = double.IsPositiveInfinity(f.Decided) ? Minute(row.End) : Math.Max(f.Decided, Minute(row.End));
                if (row.Activity == JourneyStages.Screening) f.ScreeningEnd = Minute(row.End);
                if (IsFrontDoorOutcome(row.Activity)) f.Left = Minute(row.End);
            }
            int column = ColumnOf(row.Activity);
            if (column < 0 || row.End < weekStart) continue;
            string key = contact is { } cid ? $"c{cid}" : $"e{row.Episode}";
            if (!items.TryGetValue(key, out var item)) items[key] = item = new Item(key, row.Rag, contact);
            item.Segments.Add((column, Minute(row.Queued), Minute(row.Start), Minute(row.End), row.Resource));
        }

        foreach (var (_, f) in facts)
        {
            if (double.IsNaN(f.Arrived)) continue;
            var arrived = new SimTime(startSim + f.Arrived);
            f.DecisionDeadline = calendar.DeadlineAfterWorkingDays(arrived, scenario.Timescales.DecisionWorkingDays).Minutes - startSim;
            f.FlagDeadline = f.Rag switch
            {
                nameof(RagRating.Red) => f.Arrived + 60 * scenario.Timescales.RedTransferTargetHours,
                nameof(RagRating.Amber) => calendar.DeadlineAfterWorkingDays(arrived, scenario.Timescales.AmberFlagWorkingDays).Minutes - startSim,
                _ => calendar.DeadlineAfterWorkingDays(arrived, scenario.Timescales.GreenFlagWorkingDays).Minutes - startSim,
            };
            // Green contacts decided at screening have no decision row: screening was the decision.
            if (double.IsPositiveInfinity(f.Decided) && !double.IsNaN(f.ScreeningEnd) && !double.IsPositiveInfinity(f.Left)) f.Decided = f.ScreeningEnd;
        }

        var staff = StaffOf(scenario);
        var ordered = items.Values.OrderBy(i => i.Segments.Min(s => s.Queued)).ThenBy(i => i.Id, StringComparer.Ordinal).ToArray();
        var context = new Snapshot.Context(Columns, staff, ordered.Select(i => (i.Rag, i.Contact is { } c ? facts.GetValueOrDefault(c) is { } f ? (f.Decided, f.DecisionDeadline) : default : default,
            (IReadOnlyList<(int, double, double, double, string)>)i.Segments)).ToArray(),
            facts.Values.Where(f => !double.IsNaN(f.Arrived)).Select(f => (f.Arrived, f.Left, f.FlagDeadline)).ToArray(),
            minute => calendar.IsOpen(new SimTime(startSim + minute)),
            minute => weekStart.AddMinutes(minute),
            minute => calendar.NextOpening(new SimTime(startSim + minute)).Minutes - startSim,
            CaseloadCap(loaded), scenario.Timescales.DecisionWorkingDays);
        var steps = Snapshot.Series(context, days * 24 * 60 / StepMinutes, StepMinutes, RecentMinutes);

        return new ReplayData(weekStart, day, days, StepMinutes, scenario.Run.HorizonDays, scenario.Run.WarmupDays, Columns, staff,
            ordered.Select(i => new ReplayItem(i.Id, i.Rag, i.Segments.Select(s => new[] { s.Stage, Math.Round(s.Queued, 1), Math.Round(s.Start, 1), Math.Round(s.End, 1) }).ToArray())).ToArray(),
            steps);
    }

    /// <summary>The front door's staffed pools, from the one catalogue of MASH roles (its names are the event log's resources), with the scenario's numbers.</summary>
    private static ReplayStaff[] StaffOf(MashSim.Model.Parameters.Scenario scenario) =>
        MashRole.All.Select(role => new ReplayStaff(role.Name, char.ToUpperInvariant(role.Name[0]) + role.Name[1..], role.Count(scenario.Mash.Staff))).ToArray();

    /// <summary>The caseload cap as the scenario states it (a team's, or each team's), for the words about allocation.</summary>
    private static string? CaseloadCap(LoadedScenario loaded)
    {
        var caps = SettablePaths.Of(loaded).Where(e => e.Path.StartsWith("pathway.", StringComparison.Ordinal) && e.Path.EndsWith(".caseloadCap", StringComparison.Ordinal))
            .Select(e => e.Value).Distinct().ToArray();
        return caps.Length == 0 ? null : string.Join(" or ", caps);
    }
}
