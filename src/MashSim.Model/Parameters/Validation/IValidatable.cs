namespace MashSim.Model.Parameters.Validation;

/// <summary>A parameter object that can say what is wrong with its own values.</summary>
/// <remarks>The scenario reader calls this after binding, so each problem is reported at the file and line it came from.</remarks>
public interface IValidatable
{
    IEnumerable<ValidationProblem> Validate();
}
