using MashSim.Model;
using Stateless.Reflection;

namespace MashSim.Outputs.Diagrams;

/// <summary>A transition the machine allows: from a state, by a trigger, to a state; <see cref="Criterion"/> names the branch of a routed trigger.</summary>
public sealed record WorkflowEdge(string From, string Trigger, string To, string? Criterion);

/// <summary>
/// A workflow's states and transitions, read from its Stateless machine's configuration (GetInfo), never written
/// by hand: what the diagrams draw and what flows.csv counts.
/// </summary>
public sealed record WorkflowGraph(string Name, string Initial, IReadOnlyList<string> States, IReadOnlyList<WorkflowEdge> Edges)
{
    public static IReadOnlyList<string> Names { get; } = ["contact", "case"];

    public static WorkflowGraph Contact() => From("contact", WorkflowDiagrams.ContactInfo());

    public static WorkflowGraph Case() => From("case", WorkflowDiagrams.CaseInfo());

    public static WorkflowGraph Named(string name) => name switch
    {
        "contact" => Contact(),
        "case" => Case(),
        _ => throw new ArgumentException($"no workflow is called '{name}'; use {string.Join(" or ", Names)}", nameof(name)),
    };

    /// <summary>What moves through the workflow, for captions: contacts through the front door, children after referral.</summary>
    public string Entities => Name == "contact" ? "contacts" : "children";

    /// <summary>States with no way out: where an entity leaves the workflow.</summary>
    public bool IsExit(string state) => Edges.All(e => e.From != state);

    public static WorkflowGraph From(string name, StateMachineInfo info)
    {
        var states = new List<string>();
        void AddState(string s) { if (!states.Contains(s)) states.Add(s); }
        var edges = new List<WorkflowEdge>();
        foreach (var state in info.States)
        {
            string from = state.UnderlyingState.ToString()!;
            AddState(from);
            foreach (var fixedTransition in state.FixedTransitions)
                edges.Add(new WorkflowEdge(from, fixedTransition.Trigger.UnderlyingTrigger.ToString()!, fixedTransition.DestinationState.UnderlyingState.ToString()!, null));
            foreach (var dynamic in state.DynamicTransitions)
            foreach (var destination in dynamic.PossibleDestinationStates)
                edges.Add(new WorkflowEdge(from, dynamic.Trigger.UnderlyingTrigger.ToString()!, destination.DestinationState, destination.Criterion));
        }
        foreach (var edge in edges) AddState(edge.To);
        return new WorkflowGraph(name, info.InitialState.UnderlyingState.ToString()!, states, edges);
    }
}
