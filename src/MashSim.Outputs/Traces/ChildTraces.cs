using System.Globalization;
using System.Text.RegularExpressions;
using MashSim.Kernel.Calendar;
using MashSim.Model.Parameters;
using MashSim.Model.Recording.Events;
using MashSim.Outputs.Reports;

namespace MashSim.Outputs.Traces;

/// <summary>Which children a trace shows.</summary>
public enum TraceChoice
{
    /// <summary>The first children to reach the front door in the measured period.</summary>
    First,

    /// <summary>Children whose decision came after one working day or whose assessment ran past its limit.</summary>
    Late,

    /// <summary>Children referred again within 12 months of an earlier referral.</summary>
    ReReferred,
}

/// <summary>Children's journeys from an event log, as timelines a trainer can read out: English dates, working days, and a synthetic identity.</summary>
/// <remarks>Reads the log twice (choose, then tell), holding a little per child and only the chosen children's rows, so a long log is never held whole;
/// several choices share the two reads. A run that writes the log chooses as it writes (<see cref="Choosers"/>), and only tells from the file.</remarks>
public static partial class ChildTraces
{
    public static IReadOnlyList<ReportTrace> Build(string eventLog, Scenario scenario, long seed, int children, TraceChoice choice, int replication = 0) =>
        Build(eventLog, scenario, seed, children, [choice], replication)[0];

    /// <summary>The traces of several choices, one list per choice, from two reads of the log however many choices (the report asks for two).</summary>
    public static IReadOnlyList<IReadOnlyList<ReportTrace>> Build(string eventLog, Scenario scenario, long seed, int children, IReadOnlyList<TraceChoice> choices,
        int replication = 0)
    {
        var timescales = new Timescales(scenario);
        var choosers = new Choosers(timescales, children, choices);
        foreach (var r in EventLogReader.RowsForChoosing(eventLog))
        {
            if (r.Replication == replication) choosers.Add(r);
        }
        return Tell(eventLog, timescales, seed, choosers.Chosen(), replication);
    }

    /// <summary>The traces of children already chosen (one list per choice, each child as <c>child-N</c>), from one read of the log.</summary>
    public static IReadOnlyList<IReadOnlyList<ReportTrace>> Tell(string eventLog, Scenario scenario, long seed, IReadOnlyList<IReadOnlyList<string>> chosen, int replication = 0) =>
        Tell(eventLog, new Timescales(scenario), seed, chosen, replication);

    private static IReadOnlyList<IReadOnlyList<ReportTrace>> Tell(string eventLog, Timescales timescales, long seed, IReadOnlyList<IReadOnlyList<string>> chosen, int replication)
    {
        var rows = chosen.SelectMany(c => c).Distinct().ToDictionary(c => c, _ => new List<EventRow>());
        foreach (var row in EventLogReader.Rows(eventLog, rows.Keys))
        {
            if (row.Replication == replication && rows.TryGetValue(row.Case, out var list)) list.Add(row);
        }
        return chosen.Select(list => (IReadOnlyList<ReportTrace>)list.Select(child => Tell(child, rows[child], seed, timescales)).ToArray()).ToArray();
    }

    /// <summary>One timeline line per row of the child's log, in the order things happened.</summary>
    public static ReportTrace Tell(string child, IReadOnlyList<EventRow> rows, long seed, Timescales timescales)
    {
        int id = int.Parse(child[EventLog.EventLogFile.CasePrefix.Length..], CultureInfo.InvariantCulture);
        var identity = SyntheticChild.For(seed, id);
        var lines = new List<string>();
        DateTime? previous = null;
        var contacts = new Dictionary<string, (DateTime Arrived, DateTime Decided)>();
        var referrals = new Dictionary<string, DateTime>();
        foreach (var row in rows.Select((r, i) => (r, i)).OrderBy(p => p.r.End).ThenBy(p => Rank(p.r)).ThenBy(p => p.i).Select(p => p.r))
        {
            string when = row.End.Date == previous?.Date ? row.End.ToString("HH:mm", CultureInfo.InvariantCulture)
                : row.End.ToString(previous?.Year == row.End.Year ? "ddd d MMM HH:mm" : "ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
            previous = row.End;
            lines.Add($"{when} {Describe(row, contacts, referrals, timescales)}");
        }
        string heading = $"{identity} ({child}): {identity.Setting} {SyntheticChild.Mark}; {identity.Family} {SyntheticChild.Mark}";
        return new ReportTrace(heading, lines);
    }

    /// <summary>At one instant, the work before the outcome it leads to, and the front door before the case it opens.</summary>
    private static int Rank(EventRow r) => r.Activity switch
    {
        JourneyStages.Referred or JourneyStages.PassedToDuty or JourneyStages.ClosedAtFrontDoor => 1,
        JourneyStages.CaseClosed or JourneyStages.LeftCare => 3,
        _ => r.Episode.Length > 0 ? 2 : 0,
    };

    private static string Describe(EventRow r, Dictionary<string, (DateTime Arrived, DateTime Decided)> contacts, Dictionary<string, DateTime> referrals, Timescales t)
    {
        double waited = (r.Start - r.Queued).TotalHours, worked = (r.End - r.Start).TotalHours;
        string rag = r.Rag.ToLowerInvariant();
        if (r.Activity is JourneyStages.Screening or JourneyStages.Decision or JourneyStages.ManagerAgreement && contacts.TryGetValue(r.Contact, out var open))
            contacts[r.Contact] = (open.Arrived, r.End);
        switch (r.Activity)
        {
            case JourneyStages.ContactReceived:
                contacts[r.Contact] = (r.End, r.End);
                return $"contact from {Words(r.Source)}, {rag}{(r.Measured ? "" : " (warm-up)")}";
            case var check when check.StartsWith(JourneyStages.CheckPrefix, StringComparison.Ordinal):
                return $"{check[JourneyStages.CheckPrefix.Length..]} check back ({Days(worked)})";
            case JourneyStages.EmergencyDuty:
                return $"out of hours: emergency duty team responded ({Hours(worked)})";
            case JourneyStages.Screening:
                return $"screened by a MASH social worker, rated {Words(r.Detail)} (waited {Hours(waited)}, {Hours(worked)} of work)";
            case JourneyStages.Decision:
                return $"decision: {Words(r.Detail)} (waited {Hours(waited)} for a social worker)";
            case JourneyStages.ManagerAgreement:
                return $"manager agreed ({Days(waited + worked)} after asking)";
            case JourneyStages.TransferStep:
                return $"business support transfer step done ({Hours(waited + worked)})";
            case JourneyStages.Referred or JourneyStages.PassedToDuty or JourneyStages.ClosedAtFrontDoor:
                string outcome = r.Activity == JourneyStages.Referred ? "referred to the district team"
                    : r.Activity == JourneyStages.PassedToDuty ? "passed to the duty team" : "closed at the front door";
                string timing = contacts.Remove(r.Contact, out var c)
                    ? c.Decided <= t.DecisionDeadline(c.Arrived) ? "; decided within one working day" : "; decision LATE (after one working day)"
                    : "";
                return $"{outcome}: {Words(r.Detail)}{timing}";
            case JourneyStages.Allocation:
                referrals[r.Episode] = r.Queued;
                return $"allocated to a social worker (waited {Days(waited)})";
            case JourneyStages.Assessment:
                var referred = referrals.GetValueOrDefault(r.Episode, r.Queued);
                int day = t.Team.WorkingDaysBetween(DateOnly.FromDateTime(referred), DateOnly.FromDateTime(r.End));
                string verdict = day > t.AssessmentLimit ? $"LATE (limit {t.AssessmentLimit})" : $"in time (limit {t.AssessmentLimit})";
                return $"assessment completed on working day {day}: {verdict}; next: {r.Detail}";
            case JourneyStages.StrategyDiscussion:
                return $"strategy discussion with police and health (waited {Days(waited)}); next: {r.Detail}";
            case JourneyStages.Section47:
                return $"section 47 enquiry finished ({Days(worked)}); next: {r.Detail}";
            case JourneyStages.InitialConference:
                return $"initial child protection conference (waited {Days(waited)} for a slot); next: {r.Detail}";
            case JourneyStages.CaseClosed:
                return r.Detail == "premature" ? "case closed, too soon (under caseload pressure)" : "case closed";
            default:
                return $"{r.Activity} ({Days(waited + worked)}){(r.Detail.Length > 0 ? $"; next: {r.Detail}" : "")}";
        }
    }

    /// <summary>The first pass: for each choice, the children to show, in the order they first came to the front door, from rows given one at a time.</summary>
    /// <remarks>The rows are one replication's, in the log's order: read back from events.csv, or as its writer writes them
    /// (<see cref="EventLog.EventLogFile.Writer"/>), which spares a run's report a read of the whole log (about 3 GB for an
    /// England-sized year). The two give the same rows, so the same children (a test compares them).</remarks>
    public sealed class Choosers(Timescales timescales, int children, IReadOnlyList<TraceChoice> choices)
    {
        private readonly Chooser[] _choosers = choices.Select(choice => new Chooser(timescales, choice, children)).ToArray();

        public void Add(in ChoosingRow row)
        {
            foreach (var chooser in _choosers) chooser.Add(row);
        }

        /// <summary>For each choice, the children chosen (<c>child-N</c>), in the order they first came to the front door.</summary>
        public IReadOnlyList<IReadOnlyList<string>> Chosen() => _choosers.Select(c => c.Chosen()).ToArray();
    }

    /// <summary>What one choice keeps while the log is read: the children in order of their first measured row, and the first few of them it flags.</summary>
    /// <remarks>
    /// Each keeps only what its choice reads, by id, and stops following children who can no longer be chosen: once it has
    /// flagged as many as it shows, a child placed after the last of them never will be, so their rows are skipped and
    /// nothing is kept for them. An England-sized year's log has 2.6 million contacts; keeping each (and each child seen)
    /// to the end took 300 MB beside the run when the choosing moved into it. A contact is flagged as soon as one of its
    /// deciding steps ends after its deadline: the log's rows come in the order they end, so that is when its last one
    /// does (a manager's agreement is logged after the outcome it leads to).
    /// </remarks>
    private sealed class Chooser(Timescales t, TraceChoice choice, int children)
    {
        private readonly List<int> _order = [];
        private readonly Dictionary<int, int> _placeOf = [];
        // The places of the first flagged children, at most as many as are shown; the last of them once there are that many.
        private readonly SortedSet<int> _flagged = [];
        private int _cutoff = int.MaxValue;
        // Per measured contact of a child who may be shown: the child's place, and the time by which it should be decided.
        private readonly Dictionary<int, (int Place, DateTime Deadline)> _contacts = [];
        private readonly Dictionary<int, DateTime> _referredAt = [];
        private readonly Dictionary<int, DateTime> _lastReferral = [];

        public void Add(in ChoosingRow r)
        {
            if (choice == TraceChoice.First)
            {
                if (r.Measured && _order.Count < children && _placeOf.TryAdd(r.Child, _order.Count)) _order.Add(r.Child);
                return;
            }
            if (!Follow(r, out int place)) return;
            switch (r.Activity)
            {
                case JourneyStages.ContactReceived when choice == TraceChoice.Late && r.Measured && r.Contact is { } received:
                    _contacts[received] = (place, t.DecisionDeadline(r.End));
                    break;
                case JourneyStages.Screening or JourneyStages.Decision or JourneyStages.ManagerAgreement
                    when r.Contact is { } contact && _contacts.TryGetValue(contact, out var open) && r.End > open.Deadline:
                    Flag(open.Place);
                    _contacts.Remove(contact);
                    break;
                case JourneyStages.Allocation when choice == TraceChoice.Late && r.Episode is { } episode:
                    _referredAt[episode] = r.Queued;
                    break;
                case JourneyStages.Allocation when choice == TraceChoice.ReReferred:
                    if (r.Measured && _lastReferral.TryGetValue(r.Child, out var last) && (r.Queued - last).TotalDays <= 365) Flag(place);
                    _lastReferral[r.Child] = r.Queued;
                    break;
                case JourneyStages.Assessment when choice == TraceChoice.Late:
                    if (r.Episode is { } assessed && _referredAt.Remove(assessed, out var referral) && r.Measured
                        && t.Team.WorkingDaysBetween(DateOnly.FromDateTime(referral), DateOnly.FromDateTime(r.End)) > t.AssessmentLimit)
                        Flag(place);
                    break;
            }
        }

        public IReadOnlyList<string> Chosen() =>
            (choice == TraceChoice.First ? _order : _flagged.Select(place => _order[place])).Take(children).Select(EventLogReader.CaseOf).ToArray();

        /// <summary>False for a row of a child who can no longer be chosen; else the child's place (placed at their first measured row; -1 before it).</summary>
        private bool Follow(in ChoosingRow r, out int place)
        {
            if (_placeOf.TryGetValue(r.Child, out place)) return place <= _cutoff;
            place = -1;
            // A child placed from here on would come after the cutoff.
            if (_order.Count > _cutoff) return false;
            if (!r.Measured) return true;
            place = _order.Count;
            _placeOf.Add(r.Child, place);
            _order.Add(r.Child);
            return true;
        }

        /// <remarks>Every flag comes from a measured row (or a measured contact's), so the child has a place.</remarks>
        private void Flag(int place)
        {
            _flagged.Add(place);
            if (_flagged.Count > children) _flagged.Remove(_flagged.Max);
            if (_flagged.Count == children) _cutoff = _flagged.Max;
        }
    }

    private static string Hours(double hours) => hours < 1 ? $"{Math.Round(hours * 60):0} min" : ReportText.Hours(hours);

    private static string Days(double hours) => hours < 24 ? Hours(hours) : $"{hours / 24:0.0} days";

    /// <summary>"LocalAuthority" reads "local authority", "NoFurtherAction" "no further action".</summary>
    private static string Words(string name) => CamelCase().Replace(name, " $1").Trim().ToLowerInvariant();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex CamelCase();

    /// <summary>The calendars and limits the story is told against: the MASH's one working day, the team's working days.</summary>
    public sealed class Timescales(Scenario scenario)
    {
        private readonly WorkingCalendar _mash = new(scenario.Run.Start.ToDateTime(TimeOnly.MinValue), scenario.Mash.Hours.ToWorkingHours());

        public WorkingCalendar Team { get; } = new(scenario.Run.Start.ToDateTime(TimeOnly.MinValue), scenario.Mash.Hours.ForSocialWorkers());

        public int AssessmentLimit { get; } = scenario.Pathway?.Assessment.TimescaleWorkingDays ?? 45;

        public DateTime DecisionDeadline(DateTime arrived) => _mash.ToDateTime(_mash.DeadlineAfterWorkingDays(_mash.ToSimTime(arrived), 1));
    }
}
