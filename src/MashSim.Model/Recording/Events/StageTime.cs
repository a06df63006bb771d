namespace MashSim.Model.Recording.Events;

/// <summary>One replication's time at one stage of the journey: how often it happened in the measured period, the mean wait before work started and the mean work.</summary>
/// <remarks>Journey is "contact" for the front door, "child" for the pathway after referral.</remarks>
public sealed record StageTime(string Stage, string Journey, int Count, double WaitHoursMean, double WorkHoursMean);
