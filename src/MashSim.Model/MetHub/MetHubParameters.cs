using MashSim.Model.Exploitation;
using MashSim.Model.MissingChildren;
using MashSim.Model.Parameters;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.MetHub;

/// <summary>The missing, exploited and trafficked (MET) hub beside the MASH (004 para 5 and 8): its workers, their hours, and its two kinds of work, which share them.</summary>
public sealed record MetHubParameters : IValidatable
{
    /// <summary>Workers who hold return home interviews and screen and monitor children at risk of exploitation.</summary>
    public required int Workers { get; init; }

    public required OfficeHours Hours { get; init; }

    /// <summary>Children missing from home or care and their return home interviews; null leaves them out.</summary>
    public MissingChildrenParameters? MissingChildren { get; init; }

    /// <summary>Children at risk of exploitation: screening, monitoring and the MACE; null leaves them out.</summary>
    public ExploitationParameters? Exploitation { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (Workers < 1) yield return new("workers", $"the MET hub needs at least one worker, not {Workers}");
        if (MissingChildren is null && Exploitation is null) yield return new("", "the MET hub needs some work: give missingChildren, exploitation or both");
        if (Exploitation is { } exploitation
            && OfficeHours.MeetingDayProblem("exploitation.mace.day", "the MACE", exploitation.Mace.Day, Hours.ToWorkingHours(), "metHub.hours") is { } day) yield return day;
    }
}
