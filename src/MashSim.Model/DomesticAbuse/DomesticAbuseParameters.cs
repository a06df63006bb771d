using MashSim.Kernel.Random;
using MashSim.Model.Contacts;
using MashSim.Model.Parameters;
using MashSim.Model.Parameters.Validation;

namespace MashSim.Model.DomesticAbuse;

/// <summary>Police domestic abuse notifications: their own arrival stream, screened and risk-assessed by the MASH's domestic abuse team, the high-risk ones researched and heard at the MARAC (002 para 25; 004 para 9).</summary>
public sealed record DomesticAbuseParameters : IValidatable
{
    /// <summary>Notifications a year, arriving around the clock.</summary>
    public double NotificationsPerYear { get; init; } = 3000;

    /// <summary>MASH workers who screen notifications and research MARAC cases (001: the MASH "includes specialist teams that deal with domestic abuse").</summary>
    public int Workers { get; init; } = 3;

    public OfficeHours Hours { get; init; } = new();

    /// <summary>Minutes to screen and risk-assess a notification.</summary>
    public DistributionSpec ScreeningMinutes { get; init; } = DistributionSpec.LogNormal(30, 15);

    /// <summary>The share of notifications at each risk level.</summary>
    public RiskMix Risk { get; init; } = new();

    /// <summary>The chance a medium-risk notification becomes a contact to the MASH (the rest are recorded and closed, as standard-risk ones are).</summary>
    public double MediumRiskContactProbability { get; init; } = 0.5;

    /// <summary>Minutes of research by MASH staff on a high-risk case before the MARAC.</summary>
    public DistributionSpec ResearchMinutes { get; init; } = DistributionSpec.LogNormal(90, 45);

    /// <summary>How a contact sent to the MASH from here is rated.</summary>
    public RagRating ContactRating { get; init; } = RagRating.Amber;

    public MaracParameters Marac { get; init; } = new();

    public IEnumerable<ValidationProblem> Validate()
    {
        if (!(NotificationsPerYear >= 0)) yield return new("notificationsPerYear", $"must be zero or more, not {NotificationsPerYear}");
        if (Workers < 1) yield return new("workers", $"notifications need at least one worker to screen them, not {Workers}");
        foreach (var problem in Parameters.Shares.Probabilities(("mediumRiskContactProbability", MediumRiskContactProbability))) yield return problem;
    }
}

/// <summary>The share of notifications assessed at each risk level.</summary>
public sealed record RiskMix : ShareMix<DomesticAbuseRisk>
{
    public double Standard { get; init; } = 0.6;
    public double Medium { get; init; } = 0.3;
    public double High { get; init; } = 0.1;
}

/// <summary>The multi-agency risk assessment conference: when it meets, how many cases it can hear, its target and what it decides.</summary>
public sealed record MaracParameters : IValidatable
{
    public MaracFrequency Frequency { get; init; } = MaracFrequency.Fortnightly;

    /// <summary>The day a weekly or fortnightly MARAC meets (a daily one meets every working day).</summary>
    public DayOfWeek Day { get; init; } = DayOfWeek.Tuesday;

    /// <summary>When the meeting starts; cases researched by then can be heard.</summary>
    public TimeOnly StartsAt { get; init; } = new(10, 0);

    /// <summary>The most cases one meeting hears; the rest wait for the next.</summary>
    public int PlacesPerMeeting { get; init; } = 25;

    /// <summary>Working days from the notification within which a case should be heard (the measure's target).</summary>
    public int TargetWorkingDays { get; init; } = 10;

    public MaracOutcomeMix Outcomes { get; init; } = new();

    public IEnumerable<ValidationProblem> Validate()
    {
        if (PlacesPerMeeting < 1) yield return new("placesPerMeeting", $"a meeting must hear at least one case, not {PlacesPerMeeting}");
        if (TargetWorkingDays < 1) yield return new("targetWorkingDays", $"must be at least 1, not {TargetWorkingDays}");
        if (Frequency != MaracFrequency.Daily && Day is DayOfWeek.Saturday or DayOfWeek.Sunday)
            yield return new("day", $"a MARAC meets on a working day, not {Day}");
    }
}

/// <summary>The share of cases heard at the MARAC that end in each <see cref="MaracOutcome"/>.</summary>
public sealed record MaracOutcomeMix : ShareMix<MaracOutcome>
{
    public double Actions { get; init; } = 0.7;
    public double Referral { get; init; } = 0.2;
    public double NoFurtherAction { get; init; } = 0.1;
}
