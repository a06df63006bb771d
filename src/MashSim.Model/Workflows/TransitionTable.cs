using System.Runtime.CompilerServices;
using Stateless;

namespace MashSim.Model.Workflows;

/// <summary>A Stateless machine's configuration, compiled as it is declared into an array the hot path fires through.</summary>
/// <remarks>
/// Stateless stays the specification: every rule declared here goes to its machine (<see cref="Specification"/>) too,
/// which draws the diagrams, and the tests hold the table to the machine's graph transition for transition and to its
/// behaviour fire for fire. Firing through Stateless allocated about a kilobyte per fire (guards found through LINQ,
/// a boxed state per read, a Transition per fire), 70% of everything a run allocated; the table looks up
/// (state, trigger) in an array and runs the same actions in the same order (exit, state set, entry, observers)
/// without allocating. Only the rules the table can reproduce are offered (<see cref="StateRules{TState, TTrigger}"/>):
/// Stateless's substates, async actions and parameterised triggers are not, so a workflow that needed one would fail
/// to compile rather than fire differently from its diagram.
/// </remarks>
public sealed class TransitionTable<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private static readonly int StateCount = IndexCount<TState>();
    private static readonly int TriggerCount = IndexCount<TTrigger>();

    private readonly Func<TState> _getState;
    private readonly Action<TState> _setState;
    private readonly Rule[]?[] _rules = new Rule[]?[StateCount * TriggerCount];
    private readonly EntryAction[][] _entryActions = Enumerable.Repeat(Array.Empty<EntryAction>(), StateCount).ToArray();
    private readonly Action<StateMachine<TState, TTrigger>.Transition>[][] _exitActions =
        Enumerable.Repeat(Array.Empty<Action<StateMachine<TState, TTrigger>.Transition>>(), StateCount).ToArray();
    private readonly StateMachine<TState, TTrigger>.Transition?[] _transitions = new StateMachine<TState, TTrigger>.Transition?[StateCount * TriggerCount * StateCount];
    private Action<StateMachine<TState, TTrigger>.Transition>[] _completed = [];

    /// <summary>A machine whose state lives outside it: <paramref name="getState"/> reads it and <paramref name="setState"/> writes it.</summary>
    public TransitionTable(Func<TState> getState, Action<TState> setState)
    {
        _getState = getState;
        _setState = setState;
        Specification = new StateMachine<TState, TTrigger>(getState, setState, FiringMode.Immediate);
    }

    /// <summary>The Stateless machine holding the same configuration: the specification, for diagrams and for checking the table.</summary>
    public StateMachine<TState, TTrigger> Specification { get; }

    /// <summary>Begins the configuration of <paramref name="state"/>, with Stateless's names for each rule.</summary>
    public StateRules<TState, TTrigger> Configure(TState state) => new(this, state, Specification.Configure(state));

    /// <summary>Calls <paramref name="observer"/> after every transition, once the destination's entry actions have run (Stateless's OnTransitionCompleted).</summary>
    public void OnTransitionCompleted(Action<StateMachine<TState, TTrigger>.Transition> observer)
    {
        Specification.OnTransitionCompleted(observer);
        _completed = [.. _completed, observer];
    }

    /// <summary>Moves the machine on by <paramref name="trigger"/>, as Stateless's Fire would; throws if no rule allows it.</summary>
    public void Fire(TTrigger trigger)
    {
        var source = _getState();
        var rule = Find(source, trigger) ?? throw new InvalidOperationException($"No valid leaving transitions are permitted from state '{source}' for trigger '{trigger}'.");
        var destination = rule.Kind switch
        {
            RuleKind.Ignore => source,
            RuleKind.Reentry => source,
            RuleKind.Fixed => rule.Destination,
            _ => rule.Choose(source, trigger),
        };
        if (rule.Kind == RuleKind.Ignore) return;
        var transition = TransitionFor(source, trigger, destination);
        foreach (var exit in _exitActions[Index(source)]) exit(transition);
        _setState(destination);
        foreach (var entry in _entryActions[Index(destination)])
        {
            if (entry.OnlyFrom is not { } from || EqualityComparer<TTrigger>.Default.Equals(from, trigger)) entry.Run(transition);
        }
        foreach (var observer in _completed) observer(transition);
    }

    /// <summary>Whether <paramref name="trigger"/> is allowed in the present state (a rule whose guard, if any, holds).</summary>
    public bool CanFire(TTrigger trigger) => Find(_getState(), trigger) is not null;

    /// <summary>Every (from, trigger, to) the table can take, with an ignored trigger as (state, trigger, null), for comparison with the machine's graph.</summary>
    public IEnumerable<(TState From, TTrigger Trigger, TState? To)> Transitions()
    {
        foreach (var from in Enum.GetValues<TState>())
        {
            foreach (var trigger in Enum.GetValues<TTrigger>())
            {
                foreach (var rule in _rules[Index(from) * TriggerCount + Index(trigger)] ?? [])
                {
                    if (rule.Kind == RuleKind.Ignore) yield return (from, trigger, null);
                    else if (rule.Kind == RuleKind.Reentry) yield return (from, trigger, from);
                    else if (rule.Kind == RuleKind.Fixed) yield return (from, trigger, rule.Destination);
                    else foreach (var to in rule.Possible) yield return (from, trigger, to);
                }
            }
        }
    }

    /// <summary>How many entry actions each state runs, in the same order as the machine's.</summary>
    public int EntryActionCount(TState state) => _entryActions[Index(state)].Length;

    /// <summary>How many exit actions each state runs.</summary>
    public int ExitActionCount(TState state) => _exitActions[Index(state)].Length;

    internal void AddRule(TState state, TTrigger trigger, Rule rule)
    {
        ref var rules = ref _rules[Index(state) * TriggerCount + Index(trigger)];
        rules = [.. rules ?? [], rule];
    }

    internal void AddEntryAction(TState state, Action<StateMachine<TState, TTrigger>.Transition> action, TTrigger? onlyFrom) =>
        _entryActions[Index(state)] = [.. _entryActions[Index(state)], new EntryAction(action, onlyFrom)];

    internal void AddExitAction(TState state, Action<StateMachine<TState, TTrigger>.Transition> action) => _exitActions[Index(state)] = [.. _exitActions[Index(state)], action];

    /// <summary>The one rule whose guard holds, as Stateless chooses: none is unhandled, more than one is a configuration error.</summary>
    private Rule? Find(TState source, TTrigger trigger)
    {
        var rules = _rules[Index(source) * TriggerCount + Index(trigger)];
        if (rules is null) return null;
        if (rules.Length == 1) return rules[0].Guard is not { } guard || guard() ? rules[0] : null;
        Rule? found = null;
        foreach (var rule in rules)
        {
            if (rule.Guard is { } guard && !guard()) continue;
            if (found is not null) throw new InvalidOperationException($"Multiple permitted exit transitions are configured from state '{source}' for trigger '{trigger}'. Guard clauses must be mutually exclusive.");
            found = rule;
        }
        return found;
    }

    /// <summary>One Transition object per (from, trigger, to), made on first use and shared, since observers only read it.</summary>
    private StateMachine<TState, TTrigger>.Transition TransitionFor(TState source, TTrigger trigger, TState destination) =>
        _transitions[(Index(source) * TriggerCount + Index(trigger)) * StateCount + Index(destination)] ??= new(source, destination, trigger, []);

    private static int Index<T>(T value) where T : struct, Enum => Unsafe.As<T, int>(ref value);

    /// <summary>Enums index the arrays directly, so they must be int-backed with small non-negative values.</summary>
    private static int IndexCount<T>() where T : struct, Enum
    {
        if (Enum.GetUnderlyingType(typeof(T)) != typeof(int)) throw new NotSupportedException($"{typeof(T).Name} must be int-backed to index a transition table.");
        int max = Enum.GetValues<T>().Select(v => Index(v)).DefaultIfEmpty(0).Max();
        if (Enum.GetValues<T>().Any(v => Index(v) < 0) || max > 1024) throw new NotSupportedException($"{typeof(T).Name}'s values must lie in 0..1024 to index a transition table.");
        return max + 1;
    }

    internal enum RuleKind { Fixed, Dynamic, Reentry, Ignore }

    /// <summary>An entry action, run on every entry or (Stateless's OnEntryFrom) only on entries by one trigger.</summary>
    private readonly record struct EntryAction(Action<StateMachine<TState, TTrigger>.Transition> Run, TTrigger? OnlyFrom);

    /// <summary>One declared rule for a trigger in a state: where it leads, and the guard (if any) that must hold.</summary>
    internal sealed class Rule(RuleKind kind, TState destination, Func<TState>? selector, TState[] possible, Func<bool>? guard)
    {
        public RuleKind Kind { get; } = kind;
        public TState Destination { get; } = destination;
        public TState[] Possible { get; } = possible;
        public Func<bool>? Guard { get; } = guard;

        /// <summary>A dynamic rule's destination, held to the destinations it declared (the diagram shows no others).</summary>
        public TState Choose(TState source, TTrigger trigger)
        {
            var chosen = selector!();
            if (Array.IndexOf(Possible, chosen) < 0)
                throw new InvalidOperationException($"From '{source}' on '{trigger}' the rule chose '{chosen}', which is not among its declared destinations.");
            return chosen;
        }
    }
}
