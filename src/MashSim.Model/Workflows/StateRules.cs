using Stateless;
using Stateless.Reflection;

namespace MashSim.Model.Workflows;

/// <summary>The rules of one state, declared with Stateless's names and given both to the Stateless machine and to the compiled table.</summary>
public sealed class StateRules<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly TransitionTable<TState, TTrigger> _table;
    private readonly TState _state;
    private readonly StateMachine<TState, TTrigger>.StateConfiguration _specification;

    internal StateRules(TransitionTable<TState, TTrigger> table, TState state, StateMachine<TState, TTrigger>.StateConfiguration specification)
    {
        _table = table;
        _state = state;
        _specification = specification;
    }

    /// <summary>Runs <paramref name="action"/> on entering the state, after any earlier entry actions (also on re-entering it).</summary>
    public StateRules<TState, TTrigger> OnEntry(Action action, string description)
    {
        _specification.OnEntry(action, description);
        _table.AddEntryAction(_state, _ => action(), null);
        return this;
    }

    /// <summary>Runs <paramref name="action"/>, told the transition (whether it re-enters, by which trigger), on entering the state.</summary>
    public StateRules<TState, TTrigger> OnEntry(Action<StateMachine<TState, TTrigger>.Transition> action, string description)
    {
        _specification.OnEntry(action, description);
        _table.AddEntryAction(_state, action, null);
        return this;
    }

    /// <summary>Runs <paramref name="action"/> on entering the state by <paramref name="trigger"/> only.</summary>
    public StateRules<TState, TTrigger> OnEntryFrom(TTrigger trigger, Action action, string description)
    {
        _specification.OnEntryFrom(trigger, action, description);
        _table.AddEntryAction(_state, _ => action(), trigger);
        return this;
    }

    /// <summary>Runs <paramref name="action"/> on leaving the state (also on re-entering it).</summary>
    public StateRules<TState, TTrigger> OnExit(Action action, string description)
    {
        _specification.OnExit(action, description);
        _table.AddExitAction(_state, _ => action());
        return this;
    }

    /// <summary>Runs <paramref name="action"/>, told the transition (whether it re-enters, by which trigger), on leaving the state.</summary>
    public StateRules<TState, TTrigger> OnExit(Action<StateMachine<TState, TTrigger>.Transition> action, string description)
    {
        _specification.OnExit(action, description);
        _table.AddExitAction(_state, action);
        return this;
    }

    /// <summary><paramref name="trigger"/> leads to <paramref name="destination"/>.</summary>
    public StateRules<TState, TTrigger> Permit(TTrigger trigger, TState destination)
    {
        _specification.Permit(trigger, destination);
        _table.AddRule(_state, trigger, new(TransitionTable<TState, TTrigger>.RuleKind.Fixed, destination, null, [destination], null));
        return this;
    }

    /// <summary><paramref name="trigger"/> leads to <paramref name="destination"/> when <paramref name="guard"/> holds; the guards of one trigger must exclude each other.</summary>
    public StateRules<TState, TTrigger> PermitIf(TTrigger trigger, TState destination, Func<bool> guard, string guardDescription)
    {
        _specification.PermitIf(trigger, destination, guard, guardDescription);
        _table.AddRule(_state, trigger, new(TransitionTable<TState, TTrigger>.RuleKind.Fixed, destination, null, [destination], guard));
        return this;
    }

    /// <summary><paramref name="trigger"/> leads to whichever of <paramref name="possibleDestinations"/> <paramref name="selector"/> chooses (the state itself means re-entering it).</summary>
    public StateRules<TState, TTrigger> PermitDynamic(TTrigger trigger, Func<TState> selector, string selectorDescription, DynamicStateInfos possibleDestinations)
    {
        var possible = possibleDestinations.Select(d => Enum.Parse<TState>(d.DestinationState)).ToArray();
        if (possible.Length == 0) throw new ArgumentException("A dynamic transition declares its destinations, so the diagram shows them.", nameof(possibleDestinations));
        _specification.PermitDynamic(trigger, selector, selectorDescription, possibleDestinations);
        _table.AddRule(_state, trigger, new(TransitionTable<TState, TTrigger>.RuleKind.Dynamic, default, selector, possible, null));
        return this;
    }

    /// <summary><paramref name="trigger"/> leaves and re-enters the state, running its exit and entry actions.</summary>
    public StateRules<TState, TTrigger> PermitReentry(TTrigger trigger)
    {
        _specification.PermitReentry(trigger);
        _table.AddRule(_state, trigger, new(TransitionTable<TState, TTrigger>.RuleKind.Reentry, _state, null, [_state], null));
        return this;
    }

    /// <summary><paramref name="trigger"/> is allowed and does nothing.</summary>
    public StateRules<TState, TTrigger> Ignore(TTrigger trigger)
    {
        _specification.Ignore(trigger);
        _table.AddRule(_state, trigger, new(TransitionTable<TState, TTrigger>.RuleKind.Ignore, _state, null, [], null));
        return this;
    }
}
