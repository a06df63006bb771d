namespace MashSim.Model.Parameters.Validation;

/// <summary>One thing wrong with a parameter object: the camelCase property at fault ("" for the whole object) and why.</summary>
public readonly record struct ValidationProblem(string Property, string Message);
