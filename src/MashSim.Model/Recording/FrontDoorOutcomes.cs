using MashSim.Kernel;
using MashSim.Model.Contacts;
using MashSim.Model.Parameters;
using static MashSim.Model.Recording.OutcomeMath;

namespace MashSim.Model.Recording;

/// <summary>Fills one replication's front-door outcomes from the recorder's tally and what was read at the horizon.</summary>
/// <remarks>A figure with nothing to measure (no red contacts, say) is NaN, reported as "no observations", never 0.</remarks>
internal static class FrontDoorOutcomes
{
    /// <summary>Fills the front door's outcomes into <paramref name="values"/> and returns the hours from contact to decision, one per decided contact.</summary>
    /// <remarks>The hours are the tally's own list, not a copy: an England-sized year has 2.4 million of them, and the end of
    /// the run, when every sample is read at once, is when a replication's memory peaks.</remarks>
    public static IReadOnlyList<double> Fill(double[] values, RunParameters run, FrontDoorRecorder recorder, HorizonSnapshot atHorizon)
    {
        var t = recorder.Tally;
        void Set(Kpi kpi, double value) => values[kpi.Index] = value;
        var decisionHours = t.DecisionHours;
        double measuredHours = (run.HorizonDays - run.WarmupDays) * 24.0;

        Set(Kpi.Contacts, t.Contacts);
        Set(Kpi.DecisionWithin1WorkingDay, Ratio(t.InTime, t.Contacts));
        Set(Kpi.DecisionWithin1WorkingDayRed, Ratio(t.InTimeByRag(RagRating.Red), t.ByRag(RagRating.Red)));
        Set(Kpi.DecisionWithin1WorkingDayAmber, Ratio(t.InTimeByRag(RagRating.Amber), t.ByRag(RagRating.Amber)));
        Set(Kpi.DecisionWithin1WorkingDayGreen, Ratio(t.InTimeByRag(RagRating.Green), t.ByRag(RagRating.Green)));
        Set(Kpi.HoursToDecisionMean, decisionHours.Count > 0 ? decisionHours.Average() : double.NaN);
        Set(Kpi.HoursToDecisionP90, decisionHours.Count > 0 ? MathNet.Numerics.Statistics.Statistics.Quantile(decisionHours, 0.9) : double.NaN);
        Set(Kpi.HoursToRagMean, Ratio(t.RatedHoursSum, t.Rated));
        Set(Kpi.RedTransferredWithinTarget, Ratio(t.RedWithinTarget, t.ByRag(RagRating.Red)));
        Set(Kpi.ReferralConversion, Ratio(t.WithDecision(ThresholdDecision.Referral), t.Contacts));
        Set(Kpi.NoFurtherActionShare, Ratio(t.WithDecision(ThresholdDecision.NoFurtherAction), t.Contacts));
        Set(Kpi.AdviceShare, Ratio(t.WithDecision(ThresholdDecision.Advice), t.Contacts));
        Set(Kpi.EarlyHelpShare, Ratio(t.WithDecision(ThresholdDecision.EarlyHelp), t.Contacts));
        Set(Kpi.AgencyCheckTurnaroundHoursMean, recorder.CheckReplyHoursMean);
        Set(Kpi.DecidedWithChecksMissing, Ratio(t.AmberWithChecksMissing, t.AmberChecked));
        Set(Kpi.FlaggedOverdue, Ratio(t.Flagged, t.Contacts));
        Set(Kpi.OutOfHoursShare, Ratio(t.OutOfHours, t.Contacts));
        Set(Kpi.ScreeningWaitHoursMean, Ratio(t.ScreeningWaitHoursSum, t.Screened));
        Set(Kpi.ScreeningQueueMean, atHorizon.ScreeningQueueMean);
        Set(Kpi.ScreeningQueueMax, atHorizon.ScreeningQueueMax);
        Set(Kpi.UtilisationSocialWorkers, atHorizon.Utilisation[0]);
        Set(Kpi.UtilisationManagers, atHorizon.Utilisation[1]);
        Set(Kpi.UtilisationBusinessSupport, atHorizon.Utilisation[2]);
        Set(Kpi.UtilisationEmergencyDutyTeam, atHorizon.Utilisation[3]);
        Set(Kpi.ArrivalRatePerHour, t.Contacts / measuredHours);
        Set(Kpi.HoursInFrontDoorMean, Ratio(t.HoursInFrontDoorSum, t.Left));
        Set(Kpi.ContactsInFrontDoorMean, atHorizon.InFrontDoorMean);
        Set(Kpi.UnfinishedAtEnd, t.Unfinished);
        return decisionHours;
    }
}
