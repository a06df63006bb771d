using MashSim.Kernel;
using MashSim.Model.Contacts;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Decisions;
using MashSim.Model.Pathway.Parameters;
using MashSim.Model.Pathway.Workflows;
using MashSim.Model.Workflows;
using Stateless.Reflection;

namespace MashSim.Model.Tests.Workflows;

/// <summary>The compiled table is held to its Stateless specification: the same graph, and the same behaviour fire for fire.</summary>
public class TransitionTableTests
{
    [Fact]
    public void The_contact_table_has_exactly_the_transitions_and_actions_of_the_contact_machine()
    {
        var noted = new NotedContacts(oversight: false);
        var shared = new ContactWorkflow(new Simulation(), noted, noted).Shared;
        AssertSameGraph(shared.Machine, shared.Info);
    }

    [Fact]
    public void The_case_table_has_exactly_the_transitions_and_actions_of_the_case_machine()
    {
        var noted = new NotedCases();
        var shared = new CaseWorkflow(noted, noted, noted).Shared;
        AssertSameGraph(shared.Machine, shared.Info);
    }

    [Fact]
    public void Random_walks_through_the_contact_table_fire_as_the_stateless_machine_does()
    {
        var random = new Random(12);
        for (int walk = 0; walk < 400; walk++)
        {
            bool oversight = random.Next(2) == 0;
            var (byTable, bySpecification) = (new NotedContacts(oversight), new NotedContacts(oversight));
            var table = new ContactWorkflow(new Simulation(), byTable, byTable);
            var specification = new ContactWorkflow(new Simulation(), bySpecification, bySpecification);
            var rag = (RagRating)random.Next(3);
            bool outOfHours = random.Next(3) == 0;
            var a = new Contact(walk, ContactSource.Police, rag, SimTime.Zero, counted: true) { OutOfHours = outOfHours };
            var b = new Contact(walk, ContactSource.Police, rag, SimTime.Zero, counted: true) { OutOfHours = outOfHours };
            for (int step = 0; step < 10; step++)
            {
                var trigger = Pick(random, Enum.GetValues<ContactTrigger>(), t => table.CanFire(a, t));
                a.Decision = b.Decision = random.Next(5) == 0 ? null : (ThresholdDecision)random.Next(4);
                var failedByTable = Outcome(() => table.Fire(a, trigger));
                var failedBySpecification = Outcome(() => specification.Shared.FireBySpecification(b, trigger));
                Assert.Equal(failedBySpecification, failedByTable);
                Assert.Equal(b.State, a.State);
                Assert.Equal(b.DecidedAt, a.DecidedAt);
                Assert.Equal(b.LeftAt, a.LeftAt);
            }
            Assert.Equal(bySpecification.Log, byTable.Log);
        }
    }

    [Fact]
    public void Random_walks_through_the_case_table_fire_as_the_stateless_machine_does()
    {
        var random = new Random(13);
        for (int walk = 0; walk < 400; walk++)
        {
            var (byTable, bySpecification) = (new NotedCases(), new NotedCases());
            var table = new CaseWorkflow(byTable, byTable, byTable);
            var specification = new CaseWorkflow(bySpecification, bySpecification, bySpecification);
            var a = new Case(walk, walk, RagRating.Amber, SimTime.Zero, counted: true);
            var b = new Case(walk, walk, RagRating.Amber, SimTime.Zero, counted: true);
            for (int step = 0; step < 12; step++)
            {
                byTable.Answer = bySpecification.Answer = random.Next(1000);
                var trigger = Pick(random, Enum.GetValues<CaseTrigger>(), t => table.CanFire(a, t));
                var failedByTable = Outcome(() => table.Fire(a, trigger));
                var failedBySpecification = Outcome(() => specification.Shared.FireBySpecification(b, trigger));
                Assert.Equal(failedBySpecification, failedByTable);
                Assert.Equal(b.State, a.State);
            }
            Assert.Equal(bySpecification.Log, byTable.Log);
        }
    }

    [Fact]
    public void Every_kind_of_rule_fires_as_the_stateless_machine_does()
    {
        var random = new Random(14);
        var byTable = new Toy();
        var bySpecification = new Toy();
        AssertSameGraph(byTable.Shared.Machine, byTable.Shared.Info);
        var a = new Thing();
        var b = new Thing();
        int failures = 0;
        for (int step = 0; step < 2000; step++)
        {
            a.Flag = b.Flag = random.Next(2) == 0;
            a.Next = b.Next = (Place)random.Next(3);
            var trigger = (Signal)random.Next(4);
            var failedByTable = Outcome(() => byTable.Shared.Fire(a, trigger));
            var failedBySpecification = Outcome(() => bySpecification.Shared.FireBySpecification(b, trigger));
            Assert.Equal(failedBySpecification, failedByTable);
            Assert.Equal(b.State, a.State);
            if (failedByTable) failures++;
        }
        Assert.Equal(bySpecification.Log, byTable.Log);
        // The walk met refusals (no rule, guards unmet, two guards met) as well as every kind of transition.
        Assert.InRange(failures, 1, 1999);
        Assert.Contains("exit A", byTable.Log);
        Assert.Contains("A -Stay-> A", byTable.Log);
        Assert.Contains("B -Go-> B", byTable.Log);
        Assert.Contains("enter B, re-entering True, by Go", byTable.Log);
        Assert.Contains("enter B, re-entering False, by Go", byTable.Log);
        Assert.Contains("enter C by a check", byTable.Log);
        Assert.Contains("exit B, re-entering True", byTable.Log);
    }

    [Fact]
    public void A_dynamic_rule_may_not_choose_a_destination_it_did_not_declare()
    {
        var toy = new Toy(declareAllOfB: false);
        var thing = new Thing { State = Place.B, Next = Place.A };
        Assert.Throws<InvalidOperationException>(() => toy.Shared.Fire(thing, Signal.Go));
        Assert.Equal(Place.B, thing.State);
    }

    /// <summary>The machine's graph as (from, trigger, to) with null for an ignored trigger, and the table's, must be equal; so must each state's entry and exit actions.</summary>
    private static void AssertSameGraph<TState, TTrigger>(TransitionTable<TState, TTrigger> table, StateMachineInfo info)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var fromMachine = new List<string>();
        foreach (var state in info.States)
        {
            string from = state.UnderlyingState.ToString()!;
            fromMachine.AddRange(state.FixedTransitions.Select(t => $"{from} -{t.Trigger.UnderlyingTrigger}-> {t.DestinationState.UnderlyingState}"));
            fromMachine.AddRange(state.DynamicTransitions.SelectMany(t => t.PossibleDestinationStates.Select(d => $"{from} -{t.Trigger.UnderlyingTrigger}-> {d.DestinationState}")));
            fromMachine.AddRange(state.IgnoredTriggers.Select(t => $"{from} -{t.Trigger.UnderlyingTrigger}-> (ignored)"));
        }
        var fromTable = table.Transitions().Select(t => $"{t.From} -{t.Trigger}-> {(t.To is { } to ? to.ToString() : "(ignored)")}").ToList();
        Assert.NotEmpty(fromTable);
        Assert.Equal(fromMachine.Order(), fromTable.Order());
        foreach (var state in Enum.GetValues<TState>())
        {
            var described = info.States.FirstOrDefault(s => s.UnderlyingState.Equals(state));
            Assert.Equal(described?.EntryActions.Count() ?? 0, table.EntryActionCount(state));
            Assert.Equal(described?.ExitActions.Count() ?? 0, table.ExitActionCount(state));
        }
    }

    /// <summary>Mostly a trigger the state allows, so walks go deep; sometimes any trigger, so refusals are compared too.</summary>
    private static T Pick<T>(Random random, T[] all, Func<T, bool> allowed)
    {
        var candidates = random.Next(5) == 0 ? all : all.Where(allowed).ToArray();
        if (candidates.Length == 0) candidates = all;
        return candidates[random.Next(candidates.Length)];
    }

    /// <summary>True when the fire was refused.</summary>
    private static bool Outcome(Action fire)
    {
        try
        {
            fire();
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private sealed class NotedContacts(bool oversight) : IContactActivities, IContactObserver
    {
        public List<string> Log { get; } = [];
        public void RequestEmergencyDutyResponse(Contact contact) => Log.Add("edt");
        public void RequestScreening(Contact contact) => Log.Add("screening");
        public void SendChecks(Contact contact) => Log.Add("checks");
        public void RequestDecision(Contact contact) => Log.Add("decision");
        public void RequestManagerAgreement(Contact contact) => Log.Add("manager");
        public void StartTransfer(Contact contact) => Log.Add("transfer");
        public bool NeedsManagerAgreement(Contact contact) => oversight || contact.Decision == ThresholdDecision.Referral;
        public void OnTransition(Contact contact, ContactState from, ContactState to, ContactTrigger trigger) => Log.Add($"{from} -{trigger}-> {to}");
    }

    private sealed class NotedCases : ICaseActivities, ICaseRouting, ICaseObserver
    {
        public List<string> Log { get; } = [];

        /// <summary>Set before each fire, the same for both machines: every routing question answers from it.</summary>
        public int Answer { get; set; }

        public void RequestAllocation(Case c) => Log.Add("allocate");
        public void StartAssessment(Case c) => Log.Add("assess");
        public void RequestStrategyDiscussion(Case c) => Log.Add("strategy");
        public void StartSection47(Case c) => Log.Add("s47");
        public void BookConference(Case c) => Log.Add("conference");
        public void StartChildProtectionPlan(Case c) => Log.Add("cp");
        public void ContinueChildProtectionPlan(Case c) => Log.Add("cp continues");
        public void StartChildInNeedPlan(Case c) => Log.Add("cin");
        public void ContinueChildInNeedPlan(Case c) => Log.Add("cin continues");
        public void EndPlan(Case c) => Log.Add($"{c.State} ends");
        public void AwaitPanel(Case c) => Log.Add("panel");
        public void StartEarlyHelp(Case c) => Log.Add("early help");
        public void Close(Case c) => Log.Add("close");
        public void BecomeLookedAfter(Case c) => Log.Add("looked after");
        public void OnTransition(Case c, CaseState from, CaseState to, CaseTrigger trigger) => Log.Add($"{from} -{trigger}-> {to}");
        public ReferralResponse AfterReferral(Case c) => Decide<ReferralResponse>();
        public bool StraightToStrategyDiscussion(Case c) => Answer % 2 == 0;
        public AssessmentOutcome AfterAssessment(Case c) => Decide<AssessmentOutcome>();
        public StrategyDiscussionOutcome AfterStrategyDiscussion(Case c) => Decide<StrategyDiscussionOutcome>();
        public Section47Outcome AfterSection47(Case c) => Decide<Section47Outcome>();
        public ConferenceOutcome AfterInitialConference(Case c) => Decide<ConferenceOutcome>();
        public PlanReviewOutcome AfterChildProtectionReview(Case c) => Decide<PlanReviewOutcome>();
        public PlanReviewOutcome AfterChildInNeedReview(Case c) => Decide<PlanReviewOutcome>();

        private T Decide<T>() where T : struct, Enum
        {
            var values = Enum.GetValues<T>();
            return values[Answer % values.Length];
        }
    }

    private enum Place { A, B, C }

    private enum Signal { Go, Stay, Skip, Check }

    private sealed class Thing
    {
        public Place State { get; set; }
        public bool Flag { get; set; }
        public Place Next { get; set; }
    }

    /// <summary>A small machine using every rule the table offers: guards (exclusive and not), re-entry, ignore, a dynamic self-transition, exit actions, entry actions plain, told the transition and by one trigger only.</summary>
    private sealed class Toy
    {
        public Toy(bool declareAllOfB = true)
        {
            Shared = new SharedStateMachine<Thing, Place, Signal>(new Thing(), t => t.State, (t, s) => t.State = s);
            var machine = Shared.Machine;
            machine.OnTransitionCompleted(t => Log.Add($"{t.Source} -{t.Trigger}-> {t.Destination}"));
            machine.Configure(Place.A)
                .OnEntry(() => Log.Add("enter A"), "enter A")
                .OnExit(() => Log.Add("exit A"), "exit A")
                .PermitIf(Signal.Go, Place.B, () => Shared.Current.Flag, "flag")
                .PermitIf(Signal.Go, Place.C, () => !Shared.Current.Flag, "no flag")
                .PermitReentry(Signal.Stay)
                .Ignore(Signal.Skip);
            var destinationsOfB = new DynamicStateInfos { { nameof(Place.B), "again" }, { nameof(Place.C), "on" } };
            if (declareAllOfB) destinationsOfB.Add(nameof(Place.A), "back");
            machine.Configure(Place.B)
                .OnEntry(() => Log.Add("enter B"), "enter B")
                .OnEntry(t => Log.Add($"enter B, re-entering {t.IsReentry}, by {t.Trigger}"), "enter B, told the transition")
                .OnExit(t => Log.Add($"exit B, re-entering {t.IsReentry}"), "exit B, told the transition")
                .PermitDynamic(Signal.Go, () => Shared.Current.Next, "next", destinationsOfB)
                .Permit(Signal.Check, Place.C);
            machine.Configure(Place.C)
                .OnEntry(() => Log.Add("enter C"), "enter C")
                .OnEntryFrom(Signal.Check, () => Log.Add("enter C by a check"), "enter C by a check")
                .PermitIf(Signal.Go, Place.A, () => true, "always")
                .PermitIf(Signal.Go, Place.B, () => Shared.Current.Flag, "flag, so two guards hold");
        }

        public SharedStateMachine<Thing, Place, Signal> Shared { get; }
        public List<string> Log { get; } = [];
    }
}
