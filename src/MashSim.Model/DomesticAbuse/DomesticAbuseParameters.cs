using MashSim.Kernel.Random;
using MashSim.Model.Contacts;
using MashSim.Model.Parameters;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.DomesticAbuse;

/// <summary>Police domestic abuse notifications: their own arrival stream, screened and risk-assessed by the MASH's domestic abuse team, the high-risk ones researched and heard at the MARAC (002 para 25; 004 para 9).</summary>
public sealed record DomesticAbuseParameters : IValidatable
{
    /// <summary>Notifications a year, arriving around the clock.</summary>
    public required double NotificationsPerYear { get; init; }

    /// <summary>MASH workers who screen notifications and research MARAC cases (001: the MASH "includes specialist teams that deal with domestic abuse").</summary>
    public required int Workers { get; init; }

    public required OfficeHours Hours { get; init; }

    /// <summary>Minutes to screen and risk-assess a notification.</summary>
    public required DistributionSpec ScreeningMinutes { get; init; }

    /// <summary>The share of notifications at each risk level.</summary>
    public required RiskMix Risk { get; init; }

    /// <summary>The chance a medium-risk notification becomes a contact to the MASH (the rest are recorded and closed, as standard-risk ones are).</summary>
    public required double MediumRiskContactProbability { get; init; }

    /// <summary>Minutes of research by MASH staff on a high-risk case before the MARAC.</summary>
    public required DistributionSpec ResearchMinutes { get; init; }

    /// <summary>How a contact sent to the MASH from here is rated.</summary>
    public required RagRating ContactRating { get; init; }

    public required MaracParameters Marac { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (!(NotificationsPerYear >= 0)) yield return new("notificationsPerYear", $"must be zero or more, not {NotificationsPerYear}");
        if (Workers < 1) yield return new("workers", $"notifications need at least one worker to screen them, not {Workers}");
        foreach (var problem in Parameters.Shares.Probabilities(("mediumRiskContactProbability", MediumRiskContactProbability))) yield return problem;
        if (Marac.Frequency != MaracFrequency.Daily
            && OfficeHours.MeetingDayProblem("marac.day", "a MARAC", Marac.Day, Hours.ToWorkingHours(), "domesticAbuse.hours") is { } day) yield return day;
    }
}

/// <summary>The share of notifications assessed at each risk level.</summary>
public sealed record RiskMix : ShareMix<DomesticAbuseRisk>
{
    public double Standard { get; init; }
    public double Medium { get; init; }
    public double High { get; init; }
}

/// <summary>The multi-agency risk assessment conference: when it meets, how many cases it can hear, its target and what it decides.</summary>
public sealed record MaracParameters : IValidatable
{
    public required MaracFrequency Frequency { get; init; }

    /// <summary>The day a weekly or fortnightly MARAC meets (a daily one meets every working day).</summary>
    public required DayOfWeek Day { get; init; }

    /// <summary>When the meeting starts; cases researched by then can be heard.</summary>
    public required TimeOnly StartsAt { get; init; }

    /// <summary>The most cases one meeting hears; the rest wait for the next.</summary>
    public required int PlacesPerMeeting { get; init; }

    /// <summary>Working days from the notification within which a case should be heard (the measure's target).</summary>
    public required int TargetWorkingDays { get; init; }

    public required MaracOutcomeMix Outcomes { get; init; }

    public IEnumerable<ValidationProblem> Validate()
    {
        if (PlacesPerMeeting < 1) yield return new("placesPerMeeting", $"a meeting must hear at least one case, not {PlacesPerMeeting}");
        if (TargetWorkingDays < 1) yield return new("targetWorkingDays", $"must be at least 1, not {TargetWorkingDays}");
    }
}

/// <summary>The share of cases heard at the MARAC that end in each <see cref="MaracOutcome"/>.</summary>
public sealed record MaracOutcomeMix : ShareMix<MaracOutcome>
{
    public double Actions { get; init; }
    public double Referral { get; init; }
    public double NoFurtherAction { get; init; }
}
