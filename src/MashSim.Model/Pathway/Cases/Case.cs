using MashSim.Kernel;
using MashSim.Model.Contacts;
using MashSim.Model.Pathway.Work;

namespace MashSim.Model.Pathway.Cases;

/// <summary>A child's case in children's social care, from referral until it closes or the child, having been looked after, leaves care.</summary>
public sealed class Case
{
    public Case(int id, int childId, RagRating rag, SimTime referredAt, bool counted)
    {
        Id = id;
        ChildId = childId;
        Rag = rag;
        _daily.ReferredAt = referredAt.Minutes;
        Counted = counted;
    }

    public int Id { get; }

    /// <summary>The child, the same across contacts and cases, so a return within 12 months counts as a re-referral.</summary>
    public int ChildId { get; }

    public RagRating Rag { get; }
    public SimTime ReferredAt => new(_daily.ReferredAt);
    public bool Counted { get; }
    public CaseState State { get => _daily.State; set => _daily.State = value; }

    /// <summary>With an early help hub: whether the hub's episode ended in a step-up; null while in the hub or without one.</summary>
    public bool? SteppedUpFromEarlyHelpHub { get; set; }

    public SocialWorker? Worker { get; set; }

    /// <summary>Different workers who have held the case (a child "had four different workers over a 12-month period", 003).</summary>
    public DistinctWorkers WorkersHeld { get; } = new();
    public SimTime? AllocatedAt { get; set; }

    /// <summary>When the case entered its current state, as the activity log saw it; null before its first transition, or with no log.</summary>
    /// <remarks>On the case rather than in a table the log keeps: an England-sized year holds 650,000 cases, and a lookup in that
    /// table on every transition was a cache miss (3.8% of the year's time) the case itself, already in hand, does not cost.</remarks>
    public SimTime? InStateSince { get => SimTime.Unpack(_inStateSince); set => _inStateSince = SimTime.Pack(value); }
    private double _inStateSince = double.NaN;

    /// <summary>When the single assessment started (at allocation; alongside the strategy discussion for a red child); null before.</summary>
    public SimTime? AssessmentStartedAt { get => SimTime.Unpack(_daily.AssessmentStartedAt); set => _daily.AssessmentStartedAt = SimTime.Pack(value); }

    /// <summary>Started and not yet complete: the social worker works on it whatever else the case is going through.</summary>
    public bool AssessmentUnderway => !double.IsNaN(_daily.AssessmentStartedAt) && double.IsNaN(_daily.AssessmentCompletedAt);

    public double AssessmentHoursNeeded { get => _daily.AssessmentHoursNeeded; set => _daily.AssessmentHoursNeeded = value; }
    public double AssessmentHoursDone { get => _daily.AssessmentHoursDone; set => _daily.AssessmentHoursDone = value; }

    /// <summary>Assessment hours given today, so the day's two passes together stay under the daily limit.</summary>
    public double HoursToday { get => _daily.HoursToday; set => _daily.HoursToday = value; }
    public SimTime? AssessmentCompletedAt { get => SimTime.Unpack(_daily.AssessmentCompletedAt); set => _daily.AssessmentCompletedAt = SimTime.Pack(value); }

    /// <summary>The last working day on which the assessment is in time (45 working days from the referral).</summary>
    public DateOnly AssessmentDueDate { get => _daily.AssessmentDueDate; set => _daily.AssessmentDueDate = value; }

    /// <summary>The earliest day the assessment can be finished, whatever the worker's time (appointments, reports).</summary>
    public DateOnly AssessmentEarliestDate { get => _daily.AssessmentEarliestDate; set => _daily.AssessmentEarliestDate = value; }

    public SimTime StrategyRequestedAt { get; set; }
    public SimTime? StrategyHeldAt { get; set; }
    public double MeetingHours { get; set; }
    public SimTime Section47EndsAt { get; set; }
    public double Section47HoursPerDay { get => _daily.Section47HoursPerDay; set => _daily.Section47HoursPerDay = value; }
    public SimTime? InitialConferenceAt { get; set; }

    public SimTime PlanStartedAt { get; set; }

    /// <summary>Reviews held on the plan in hand, the one being decided included.</summary>
    public int ReviewsHeld { get; set; }

    public SimTime NextVisitDue { get => new(_daily.NextVisitDue); set => _daily.NextVisitDue = value.Minutes; }

    /// <summary>The working day the worker plans to make the visit due at <see cref="VisitPlanDue"/>, inside its window.</summary>
    public DateOnly VisitPlannedFor { get => _daily.VisitPlannedFor; set => _daily.VisitPlannedFor = value; }

    /// <summary>The due time <see cref="VisitPlannedFor"/> was planned for; when <see cref="NextVisitDue"/> moves, the visit is planned again.</summary>
    public SimTime? VisitPlanDue { get => SimTime.Unpack(_daily.VisitPlanDue); set => _daily.VisitPlanDue = SimTime.Pack(value); }

    /// <summary>The visit due at <see cref="NextVisitDue"/> has been planned (<see cref="VisitPlanDue"/> equals it).</summary>
    public bool VisitPlanned => _daily.VisitPlanDue == _daily.NextVisitDue;

    /// <summary>The locality team the case belongs to, once it has asked for allocation.</summary>
    public int? Locality { get; set; }

    /// <summary>When the child became looked after.</summary>
    public SimTime LookedAfterSince { get; set; }

    /// <summary>Closed or stepped down before its needs were met, under caseload pressure: more likely to come back.</summary>
    public bool EndedPrematurely { get; set; }

    public bool IsRed => Rag == RagRating.Red;

    /// <summary>
    /// What the working day reads of every case of every worker every working day (the scan, then the day's visits and
    /// assessments, sorted oldest referral first), in one contiguous block: scattered over the object these cost a
    /// cache miss each, and that work was the largest single cost of a replication. Times not yet reached are packed
    /// (<see cref="SimTime.Pack"/>), 8 bytes instead of a nullable's 16.
    /// </summary>
    private struct DailyWork
    {
        public CaseState State;
        public DateOnly VisitPlannedFor;
        public DateOnly AssessmentDueDate;
        public DateOnly AssessmentEarliestDate;
        public double ReferredAt;
        public double AssessmentHoursNeeded;
        public double AssessmentHoursDone;
        public double HoursToday;
        public double AssessmentStartedAt;
        public double AssessmentCompletedAt;
        public double Section47HoursPerDay;
        public double NextVisitDue;
        public double VisitPlanDue;
    }

    private DailyWork _daily = new()
    {
        State = CaseState.Referred,
        AssessmentStartedAt = double.NaN,
        AssessmentCompletedAt = double.NaN,
        VisitPlanDue = double.NaN,
    };
}
