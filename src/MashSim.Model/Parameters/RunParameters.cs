namespace MashSim.Model.Parameters;

/// <summary>The simulated period: from which date, how long, how much of it is warm-up, and how long to drain after it.</summary>
/// <remarks>
/// Contacts arrive from <see cref="Start"/> until <see cref="HorizonDays"/>; outcomes count contacts arriving after
/// <see cref="WarmupDays"/>, and the run then drains for up to <see cref="DrainDays"/> so that every counted contact
/// has an outcome rather than being cut off by the end of the run.
/// </remarks>
public sealed record RunParameters
{
    public required DateOnly Start { get; init; }
    public required int HorizonDays { get; init; }
    public required int WarmupDays { get; init; }
    public required int DrainDays { get; init; }
}
