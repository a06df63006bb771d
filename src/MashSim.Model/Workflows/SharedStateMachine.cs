using Stateless.Graph;

namespace MashSim.Model.Workflows;

/// <summary>One state machine configured once and shared by many entities, each keeping its own state (external state).</summary>
/// <remarks>
/// Configuring a machine per entity would cost more than the simulation itself (Stateless stores its configuration
/// per instance), so the machine reads and writes the state of whichever entity is being fired. Fires go through the
/// compiled <see cref="TransitionTable{TState, TTrigger}"/>; its Stateless specification draws the diagrams.
/// <see cref="Fire"/> must not be re-entered from an entry action: actions schedule kernel events instead.
/// </remarks>
public sealed class SharedStateMachine<TEntity, TState, TTrigger>
    where TEntity : class
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    public SharedStateMachine(TEntity placeholder, Func<TEntity, TState> getState, Action<TEntity, TState> setState)
    {
        Current = placeholder;
        Machine = new TransitionTable<TState, TTrigger>(() => getState(Current), s => setState(Current, s));
    }

    /// <summary>The machine, for configuration: each rule goes to the Stateless specification and to the compiled table.</summary>
    public TransitionTable<TState, TTrigger> Machine { get; }

    /// <summary>The entity being fired: the one the configuration's guards, selectors and actions act on.</summary>
    public TEntity Current { get; private set; }

    /// <summary>Moves <paramref name="entity"/> on by <paramref name="trigger"/>; throws if the trigger is not allowed in its state.</summary>
    public void Fire(TEntity entity, TTrigger trigger)
    {
        var previous = Current;
        Current = entity;
        try
        {
            Machine.Fire(trigger);
        }
        finally
        {
            Current = previous;
        }
    }

    /// <summary>Fires through the Stateless specification instead of the table: the reference the table is tested against.</summary>
    internal void FireBySpecification(TEntity entity, TTrigger trigger)
    {
        var previous = Current;
        Current = entity;
        try
        {
            Machine.Specification.Fire(trigger);
        }
        finally
        {
            Current = previous;
        }
    }

    /// <summary>Whether <paramref name="trigger"/> is allowed for <paramref name="entity"/> in its present state.</summary>
    public bool CanFire(TEntity entity, TTrigger trigger)
    {
        var previous = Current;
        Current = entity;
        try
        {
            return Machine.CanFire(trigger);
        }
        finally
        {
            Current = previous;
        }
    }

    /// <summary>The machine's configuration: its states, triggers and transitions, for drawing.</summary>
    public Stateless.Reflection.StateMachineInfo Info => Machine.Specification.GetInfo();

    /// <summary>The machine as a Mermaid state diagram, generated from its configuration.</summary>
    public string ToMermaid() => MermaidGraph.Format(Info, MermaidGraphDirection.LeftToRight);
}
