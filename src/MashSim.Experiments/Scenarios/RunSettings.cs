using MashSim.Model.Parameters.Validation;
using MashSim.Kernel.Calendar;
using MashSim.Model.Parameters;

namespace MashSim.Experiments.Scenarios;

/// <summary>A scenario file's <c>run</c> section: the simulated period, which the model gets, and the replications and seed, which only the experiment's plan holds.</summary>
public sealed record RunSettings : IValidatable
{
    public required DateOnly Start { get; init; }
    public required int HorizonDays { get; init; }
    public required int WarmupDays { get; init; }
    public required int DrainDays { get; init; }
    public required int Replications { get; init; }
    public required long Seed { get; init; }

    /// <summary>The longest run: a century is far beyond any planning question, and keeps every date inside the calendar.</summary>
    public const int MaxHorizonDays = 36_500;

    /// <summary>The last day a run (its drain included) may reach: the calendar's last date less its reach.</summary>
    /// <remarks>
    /// Work, reviews and meetings booked up to the calendar's reach (60,000 days, about 164 years; beyond it is "never") from
    /// any day of the run then fall on dates the calendar holds. A run measured from 9999-01-01, or from 9900 with a section 47
    /// of 50,000 working days or a review a century on, failed part-way on a date past 31 December 9999.
    /// </remarks>
    public static readonly DateOnly LastDay = DateOnly.MaxValue.AddDays(-WorkingCalendar.ReachDays);

    private static readonly string WhyLastDay =
        $"a run ends at least {WorkingCalendar.ReachDays:N0} days (the calendar's reach, about 164 years) before 31 December 9999, so every date its work can reach is one the calendar holds";

    /// <summary>The day the run starts: <see cref="Start"/>, or <see cref="MeasuredFrom"/> less the warm-up when it is given.</summary>
    private DateOnly RunStart() => MeasuredFrom is { } from && from.DayNumber - (long)WarmupDays >= EarliestStart.DayNumber ? from.AddDays(-WarmupDays) : Start;

    /// <summary>The earliest start: the plots' dates (OLE Automation dates begin in 100) and the calendar's bank holidays need a modern date.</summary>
    public static readonly DateOnly EarliestStart = new(1900, 1, 1);

    /// <summary>The first measured day, when the scenario names the period it describes: the run then starts <see cref="WarmupDays"/> before it, so dates show that period.</summary>
    public DateOnly? MeasuredFrom { get; init; }

    /// <summary>The simulated period, as the model sees it.</summary>
    public RunParameters Period() => new() { Start = Start, HorizonDays = HorizonDays, WarmupDays = WarmupDays, DrainDays = DrainDays };

    public IEnumerable<ValidationProblem> Validate()
    {
        if (HorizonDays <= 0) yield return new("horizonDays", $"must be greater than zero, not {HorizonDays}");
        else if (HorizonDays > MaxHorizonDays) yield return new("horizonDays", $"must be at most {MaxHorizonDays:N0} days (100 years), not {HorizonDays:N0}");
        else if (RunStart() is var start && start > LastDay)
            yield return MeasuredFrom is null
                ? new("start", $"must be {LastDay:yyyy-MM-dd} or earlier, not {start:yyyy-MM-dd}: {WhyLastDay}")
                : new("measuredFrom", $"{MeasuredFrom:yyyy-MM-dd} less the {WarmupDays}-day warm-up starts after {LastDay:yyyy-MM-dd}: {WhyLastDay}");
        else if ((long)start.DayNumber + HorizonDays > LastDay.DayNumber)
            yield return new("horizonDays", $"runs past the last date a run may reach, {LastDay:yyyy-MM-dd}, from a start of {start:yyyy-MM-dd}: {WhyLastDay}");
        // The drain is named when it is what passes the last date (and only when it is within its own bound, said below).
        else if (DrainDays is >= 0 and <= MaxHorizonDays && (long)start.DayNumber + HorizonDays + DrainDays > LastDay.DayNumber)
            yield return new("drainDays", $"runs past the last date a run may reach, {LastDay:yyyy-MM-dd}, after a {HorizonDays:N0}-day horizon from {start:yyyy-MM-dd}: {WhyLastDay}");
        if (WarmupDays < 0) yield return new("warmupDays", $"must be zero or more, not {WarmupDays}");
        else if (WarmupDays >= HorizonDays) yield return new("warmupDays", $"must be shorter than horizonDays ({HorizonDays}), not {WarmupDays}");
        if (DrainDays < 0) yield return new("drainDays", $"must be zero or more, not {DrainDays}");
        else if (DrainDays > MaxHorizonDays) yield return new("drainDays", $"must be at most {MaxHorizonDays:N0} days (100 years), not {DrainDays:N0}");
        // A start before year 100 stopped the run as it drew the plots ('Not a legal OleAut date'); measuredFrom, when given, places the start instead.
        if (MeasuredFrom is null && Start < EarliestStart)
            yield return new("start", $"must be {EarliestStart:yyyy-MM-dd} or later, not {Start:yyyy-MM-dd}");
        if (MeasuredFrom is { } from && from.DayNumber - WarmupDays < EarliestStart.DayNumber)
            yield return new("measuredFrom", $"{from:yyyy-MM-dd} less the {WarmupDays}-day warm-up starts before 1900; give a date the calendar knows");
        // One replication is a run without a confidence interval; the commands that need one (compare, staff, targets) ask for 2.
        if (Replications < 1) yield return new("replications", $"needs at least 1, not {Replications}");
    }
}
