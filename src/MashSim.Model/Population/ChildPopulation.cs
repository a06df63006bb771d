using MashSim.Kernel;
using MashSim.Kernel.Random;
using MashSim.Model.Contacts;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Workflows;

namespace MashSim.Model.Population;

/// <summary>The children contacts are about: each arrival is about a child already known (picked by their history) or a child new to services, and every contact and episode is written into the child's history.</summary>
/// <remarks>
/// The population hears the front door's and the case workflow's transitions and keeps each child's history from
/// them, so what the pathway reports (re-referrals within 12 months, time since the previous referral, second plans)
/// is read from histories, never drawn. A child is with services while a contact or a case about them is open; when
/// the last one closes they join <see cref="KnownChildren"/> under their history, and may be contacted about again.
/// Children known before the run (as many a year as new children arrive, over the look-back window) are made up with
/// a plausible history only when a contact picks them, so a national-sized run keeps no million idle objects.
/// Ids: new children count up from 0; children already on plans at the start have the pathway's ids below zero; the
/// made-up known children count down from <see cref="FirstPreRunId"/>.
/// </remarks>
public sealed class ChildPopulation : IChildHistories, ICaseObserver
{
    public const int FirstPreRunId = -10_000_000;

    private readonly Simulation _simulation;
    private readonly KnownChildrenParameters _p;
    private readonly ChildIndex _children = new();
    private readonly HistoryStore _histories = new();
    private readonly KnownChildren _known;
    private readonly System.Random _isKnown, _pick, _ageWithinBand, _history;
    private readonly CategoricalChoice<AgeBand> _ageBand;
    private int _nextId;
    private int _nextPreRunId = FirstPreRunId;

    public ChildPopulation(Simulation simulation, KnownChildrenParameters parameters, double newChildrenPerYear, RandomStreams streams, IPopulationObserver? observer = null)
    {
        _simulation = simulation;
        _p = parameters;
        Observer = observer;
        _known = new KnownChildren(parameters, Forget);
        _isKnown = streams.Stream("population.known");
        _pick = streams.Stream("population.pick");
        _ageWithinBand = streams.Stream("population.age");
        _ageBand = new CategoricalChoice<AgeBand>(parameters.AgeMix.Shares(), streams.Stream("population.ageBand"));
        _history = streams.Stream("population.history");
        SeedKnownBeforeStart(newChildrenPerYear, streams.Stream("population.knownBeforeStart"));
    }

    public IPopulationObserver? Observer { get; set; }

    /// <summary>Children the population holds now (with services, or left within the look-back window).</summary>
    public int Held => _children.Count;

    public IChildHistory? Find(int childId) => _children.Find(childId);

    /// <summary>The child a new contact arriving now is about: known (by weight) with the scenario's share, otherwise new.</summary>
    public Child ForNewContact(out bool known)
    {
        var now = _simulation.Now;
        known = false;
        // One draw decides known or new for every contact, so the pick's stream stays aligned across scenarios.
        if (_isKnown.NextDouble() < _p.ShareOfContacts)
        {
            for (int attempt = 0; attempt < 8; attempt++)
            {
                if (!_known.TryPick(now, _pick.NextDouble(), out int queue, out int index, out var child, out var leftAt)) break;
                if (child is null)
                {
                    child = MakeUpKnownChild(KnownChildren.InvolvementOf(queue), leftAt);
                    _known.Fill(queue, index, child);
                }
                else if (child.OpenItems > 0 || child.InCare || child.LeftAt != leftAt || child.AgeYears(now) >= 18) continue;
                known = true;
                return Contacted(child, now);
            }
        }
        return Contacted(NewChild(now), now);
    }

    /// <summary>A contact about a child services are working with now (a step-up from early help) or already know.</summary>
    public Child ForContactAbout(int childId)
    {
        var now = _simulation.Now;
        return Contacted(_children.Find(childId) ?? Register(NewChild(childId, now - SimDuration.FromDays(365.25 * NewAge()))), now);
    }

    /// <summary>The contact has left the front door; referred or passed to duty, its case keeps the child with services.</summary>
    public void ContactLeft(Contact contact)
    {
        if (_children.Find(contact.ChildId) is not { } child) return;
        if (contact.State == ContactState.Closed && contact.Decision == ThresholdDecision.EarlyHelp) child.Record(HistoryKind.EarlyHelp, _simulation.Now);
        Release(child, premature: false);
    }

    /// <summary>A referral opens a case about the child; the previous referral (if any) is read from the history.</summary>
    public void OnReferral(Contact contact)
    {
        var now = _simulation.Now;
        var child = _children.Find(contact.ChildId) ?? Register(NewChild(contact.ChildId, now - SimDuration.FromDays(365.25 * NewAge())));
        var previous = child.LastStart(HistoryKind.Referral);
        child.Record(HistoryKind.Referral, now);
        child.OpenItems++;
        Observer?.OnReferral(child, previous);
    }

    /// <summary>A child already on a plan when the run starts: a history that leads to it (referral, assessment, the plan, perhaps an earlier plan).</summary>
    /// <remarks>The referral came four to ten weeks before the plan started; a child on a protection plan had an earlier one with the scenario's share.</remarks>
    public void OnInitialCase(Case c)
    {
        double earlierPlanShare = _p.EarlierProtectionPlanAtStart;
        var planStart = c.State == CaseState.LookedAfter ? c.ReferredAt : c.PlanStartedAt;
        var kind = c.State switch
        {
            CaseState.OnChildProtectionPlan => HistoryKind.ChildProtectionPlan,
            CaseState.LookedAfter => HistoryKind.LookedAfter,
            _ => HistoryKind.ChildInNeedPlan,
        };
        var child = Register(NewChild(c.ChildId, planStart - SimDuration.FromDays(365.25 * NewAge())));
        if (kind == HistoryKind.ChildProtectionPlan && _history.NextDouble() < earlierPlanShare)
        {
            // An earlier plan that ended one to three years before this one began, after about nine months.
            var ended = planStart - SimDuration.FromDays(365 * (1 + 2 * _history.NextDouble()));
            var started = ended - SimDuration.FromDays(120 + 300 * _history.NextDouble());
            child.Record(HistoryKind.Referral, started - SimDuration.FromDays(40));
            child.Add(HistoryKind.Assessment, started - SimDuration.FromDays(40), started - SimDuration.FromDays(10));
            child.Add(HistoryKind.ChildProtectionPlan, started, ended);
        }
        var referred = planStart - SimDuration.FromDays(28 + 42 * _history.NextDouble());
        child.Record(HistoryKind.Referral, referred);
        child.Add(HistoryKind.Assessment, referred, planStart);
        child.Add(kind, planStart, null);
        child.OpenItems++;
        child.InCare = kind == HistoryKind.LookedAfter;
    }

    /// <summary>Writes each case transition into the child's history: assessments, plans, early help, closure, care.</summary>
    public void OnTransition(Case c, CaseState from, CaseState to, CaseTrigger trigger)
    {
        if (_children.Find(c.ChildId) is not { } child) return;
        var now = _simulation.Now;
        if (from == CaseState.InAssessment) child.Add(HistoryKind.Assessment, c.AllocatedAt ?? c.ReferredAt, now);
        if (from == to) return;
        if (Episode(from) is { } ended) child.End(ended, now);
        if (Episode(to) is { } started)
        {
            if (started is HistoryKind.ChildProtectionPlan or HistoryKind.ChildInNeedPlan) Observer?.OnPlanStarted(child, started, child.Count(started));
            child.Start(started, now);
        }
        // In care the child is not contacted about through the front door; leaving care, they may be again.
        if (to == CaseState.LookedAfter) child.InCare = true;
        else if (to == CaseState.LeftCare)
        {
            child.InCare = false;
            Release(child, premature: false);
        }
        else if (to == CaseState.Closed) Release(child, c.EndedPrematurely);
    }

    /// <summary>Open plans of <paramref name="kind"/> now, by how long they have run, in the bands of <paramref name="bandMonths"/> (lower edges).</summary>
    public int[] OpenPlansByLength(HistoryKind kind, IReadOnlyList<double> bandMonths)
    {
        var now = _simulation.Now;
        var counts = new int[bandMonths.Count];
        // Counts, so the order the children are visited in does not matter.
        foreach (var child in _children.All())
        {
            if (child.OpenItems == 0) continue;
            foreach (var start in child.OpenSince(kind))
            {
                double months = (now - start).Days / (365.25 / 12);
                int band = bandMonths.Count - 1;
                while (band > 0 && months < bandMonths[band]) band--;
                counts[band]++;
            }
        }
        return counts;
    }

    private static HistoryKind? Episode(CaseState state) => state switch
    {
        CaseState.OnChildProtectionPlan => HistoryKind.ChildProtectionPlan,
        CaseState.OnChildInNeedPlan => HistoryKind.ChildInNeedPlan,
        CaseState.InEarlyHelp => HistoryKind.EarlyHelp,
        CaseState.LookedAfter => HistoryKind.LookedAfter,
        _ => null,
    };

    private Child Contacted(Child child, SimTime now)
    {
        child.Record(HistoryKind.Contact, now);
        child.OpenItems++;
        return child;
    }

    private void Release(Child child, bool premature)
    {
        if (--child.OpenItems > 0 || child.InCare) return;
        var now = _simulation.Now;
        child.LeftAt = now;
        child.LeftPrematurely = premature;
        _known.Add(child, child.Involvement, premature, now);
    }

    /// <summary>An id for a child another part of the service meets first (a missing child, a notification), from the same sequence so ids never collide.</summary>
    public int NewChildId() => _nextId++;

    private Child NewChild(SimTime now) => Register(NewChild(_nextId++, now - SimDuration.FromDays(365.25 * NewAge())));

    private Child NewChild(int id, SimTime bornAt) => new(_histories, id, bornAt);

    private Child Register(Child child)
    {
        _children.Add(child);
        return child;
    }

    /// <summary>A child who left services longer ago than the look-back window: no longer held, and their history's space reused.</summary>
    private void Forget(Child child)
    {
        _children.Remove(child.ChildId);
        child.ReleaseHistory();
    }

    private double NewAge()
    {
        var (from, to) = AgeMix.Years(_ageBand.Next());
        return from + (to - from) * _ageWithinBand.NextDouble();
    }

    /// <summary>Children who left services in the look-back window before the start: one entry each, spread evenly over the window, in time order.</summary>
    private void SeedKnownBeforeStart(double perYear, System.Random stream)
    {
        double windowDays = _p.RecencyMonths[^1] * 365.25 / 12;
        int n = (int)Math.Round(perYear * windowDays / 365.25);
        if (n <= 0) return;
        var shares = _p.KnownBeforeStart.Shares().ToArray();
        foreach (var (involvement, share) in shares)
        {
            int count = (int)Math.Round(n * share);
            for (int i = 0; i < count; i++)
            {
                double ago = windowDays * (count - i - stream.NextDouble()) / count;
                _known.Add(null, involvement, premature: false, SimTime.Zero - SimDuration.FromDays(ago));
            }
        }
    }

    /// <summary>A child known before the run, picked now: a history that fits what services did and when they left.</summary>
    private Child MakeUpKnownChild(Involvement involvement, SimTime leftAt)
    {
        var now = _simulation.Now;
        var child = Register(NewChild(_nextPreRunId--, now - SimDuration.FromDays(365.25 * NewAge())));
        double Days(double from, double to) => from + (to - from) * _history.NextDouble();
        switch (involvement)
        {
            case Involvement.Contact:
                child.Record(HistoryKind.Contact, leftAt);
                break;
            case Involvement.Referral:
                var referred = leftAt - SimDuration.FromDays(Days(20, 60));
                child.Record(HistoryKind.Contact, referred);
                child.Record(HistoryKind.Referral, referred);
                child.Add(HistoryKind.Assessment, referred, leftAt);
                break;
            default:
                var plan = involvement == Involvement.ChildProtectionPlan ? HistoryKind.ChildProtectionPlan : HistoryKind.ChildInNeedPlan;
                var planStart = leftAt - SimDuration.FromDays(Days(90, 400));
                var referral = planStart - SimDuration.FromDays(Days(28, 70));
                child.Record(HistoryKind.Contact, referral);
                child.Record(HistoryKind.Referral, referral);
                child.Add(HistoryKind.Assessment, referral, planStart);
                child.Add(plan, planStart, leftAt);
                break;
        }
        child.LeftAt = leftAt;
        return child;
    }
}
