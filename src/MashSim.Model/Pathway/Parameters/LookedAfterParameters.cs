using MashSim.Model.Parameters;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.Pathway.Parameters;

/// <summary>Children looked after: how long they stay in care.</summary>
/// <remarks>
/// Stays are exponential with the given mean: memoryless, so a child already looked after at the start has the same
/// distribution of time still to stay as a new one, and the initial stock needs no ages. Real stays are more spread
/// (many short, some for the rest of childhood); the mean is what the stock and the leavers a year pin down (Little's law).
/// </remarks>
public sealed record LookedAfterParameters : IValidatable
{
    /// <summary>Mean months looked after (Cumbria: 627 looked after, 264 leaving in 12 months, 002: 627 / 264 x 12 = 28.5).</summary>
    public required double MeanStayMonths { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (!(MeanStayMonths > 0)) yield return new("meanStayMonths", $"must be greater than zero, not {MeanStayMonths}");
        // Stays are drawn from an exponential with this mean: the same bounds as any distribution's mean.
        else foreach (var problem in DistributionSpec.Exponential(MeanStayMonths).Validate()) yield return new("meanStayMonths", problem.Message);
    }
}
