namespace MashSim.Experiments.Scenarios;

/// <summary>One problem with a scenario, located so a planner can fix it: file, line, column, field and what is wrong.</summary>
public sealed record ScenarioError(string File, int Line, int Column, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {(Field.Length > 0 ? Field : "(file)")}: {Message}";
}
