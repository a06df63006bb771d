using Stateless;
using Stateless.Graph;

namespace MashSim.Model.Workflows;

/// <summary>One Stateless machine configured once and shared by many entities, each keeping its own state (external state).</summary>
/// <remarks>
/// Configuring a machine per entity would cost more than the simulation itself (Stateless stores its configuration
/// per instance), so the machine reads and writes the state of whichever entity is being fired. <see cref="Fire"/>
/// must not be re-entered from an entry action: actions schedule kernel events instead.
/// </remarks>
public sealed class SharedStateMachine<TEntity, TState, TTrigger>
    where TEntity : class
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    public SharedStateMachine(TEntity placeholder, Func<TEntity, TState> getState, Action<TEntity, TState> setState)
    {
        Current = placeholder;
        Machine = new StateMachine<TState, TTrigger>(() => getState(Current), s => setState(Current, s), FiringMode.Immediate);
    }

    /// <summary>The machine, for configuration.</summary>
    public StateMachine<TState, TTrigger> Machine { get; }

    /// <summary>The entity being fired: the one the configuration's guards, selectors and actions act on.</summary>
    public TEntity Current { get; private set; }

    /// <summary>Moves <paramref name="entity"/> on by <paramref name="trigger"/>; throws if the trigger is not allowed in its state.</summary>
    public void Fire(TEntity entity, TTrigger trigger) => With(entity, () =>
    {
        Machine.Fire(trigger);
        return true;
    });

    /// <summary>Whether <paramref name="trigger"/> is allowed for <paramref name="entity"/> in its present state.</summary>
    public bool CanFire(TEntity entity, TTrigger trigger) => With(entity, () => Machine.CanFire(trigger));

    /// <summary>The machine's configuration: its states, triggers and transitions, for drawing.</summary>
    public Stateless.Reflection.StateMachineInfo Info => Machine.GetInfo();

    /// <summary>The machine as a Mermaid state diagram, generated from its configuration.</summary>
    public string ToMermaid() => MermaidGraph.Format(Machine.GetInfo(), MermaidGraphDirection.LeftToRight);

    private T With<T>(TEntity entity, Func<T> action)
    {
        var previous = Current;
        Current = entity;
        try
        {
            return action();
        }
        finally
        {
            Current = previous;
        }
    }
}
