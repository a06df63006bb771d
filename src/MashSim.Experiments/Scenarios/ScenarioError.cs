namespace MashSim.Experiments.Scenarios;

/// <summary>One problem with a scenario, located so a planner can fix it: file, line, column, field and what is wrong.</summary>
public sealed record ScenarioError(string File, int Line, int Column, string Field, string Message)
{
    /// <remarks>Without a line (a file that cannot be read, or an option such as <c>--horizon</c>), no position: "x.yaml:0:0" named none.</remarks>
    public override string ToString() => $"{File}{(Line > 0 ? $":{Line}:{Column}" : "")}: {(Field.Length > 0 ? Field : "(file)")}: {Message}";
}
