using MashSim.Kernel;
using MashSim.Model.Contacts;
using MashSim.Model.Parameters;
using MashSim.Model.Runs;
using static MashSim.Model.Recording.OutcomeMath;

namespace MashSim.Model.Recording;

/// <summary>Computes one replication's outcomes from the recorder's tally and the pools' statistics.</summary>
/// <remarks>A figure with nothing to measure (no red contacts, say) is NaN, reported as "no observations", never 0.</remarks>
internal static class FrontDoorOutcomes
{
    public static FrontDoorRunResult Compute(Scenario scenario, int replication, FrontDoorRecorder recorder, PoolSnapshot pools,
        double inFrontDoorMean, Simulation simulation, Pathway.PathwayModel? pathway, Pathway.Recording.PathwayOutcomes.Stocks? stocks)
    {
        recorder.TallyUnfinished();
        var t = recorder.Tally;
        // Every outcome starts as "no observations"; the front door's and (with a pathway) the pathway's are then filled in.
        var values = new double[Kpi.All.Count];
        Array.Fill(values, double.NaN);
        void Set(Kpi kpi, double value) => values[kpi.Index] = value;
        var decisionHours = t.DecisionHours.ToArray();
        double measuredHours = (scenario.Run.HorizonDays - scenario.Run.WarmupDays) * 24.0;

        Set(Kpi.Contacts, t.Contacts);
        Set(Kpi.DecisionWithin1WorkingDay, Ratio(t.InTime, t.Contacts));
        Set(Kpi.DecisionWithin1WorkingDayRed, Ratio(t.InTimeByRag(RagRating.Red), t.ByRag(RagRating.Red)));
        Set(Kpi.DecisionWithin1WorkingDayAmber, Ratio(t.InTimeByRag(RagRating.Amber), t.ByRag(RagRating.Amber)));
        Set(Kpi.DecisionWithin1WorkingDayGreen, Ratio(t.InTimeByRag(RagRating.Green), t.ByRag(RagRating.Green)));
        Set(Kpi.HoursToDecisionMean, decisionHours.Length > 0 ? decisionHours.Average() : double.NaN);
        Set(Kpi.HoursToDecisionP90, decisionHours.Length > 0 ? MathNet.Numerics.Statistics.Statistics.Quantile(decisionHours, 0.9) : double.NaN);
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
        Set(Kpi.ScreeningQueueMean, pools.ScreeningQueueMean);
        Set(Kpi.ScreeningQueueMax, pools.ScreeningQueueMax);
        Set(Kpi.UtilisationSocialWorkers, pools.SocialWorkers);
        Set(Kpi.UtilisationManagers, pools.Managers);
        Set(Kpi.UtilisationBusinessSupport, pools.BusinessSupport);
        Set(Kpi.UtilisationEmergencyDutyTeam, pools.EmergencyDutyTeam);
        Set(Kpi.ArrivalRatePerHour, t.Contacts / measuredHours);
        Set(Kpi.HoursInFrontDoorMean, Ratio(t.HoursInFrontDoorSum, t.Left));
        Set(Kpi.ContactsInFrontDoorMean, inFrontDoorMean);
        Set(Kpi.UnfinishedAtEnd, t.Unfinished);
        if (pathway is not null) Pathway.Recording.PathwayOutcomes.Fill(values, scenario, pathway.Recorder, stocks!);

        var account = new ContactAccount(recorder.Arrived, recorder.TransferredToDuty, recorder.Referred, recorder.Closed,
            recorder.Arrived - recorder.TransferredToDuty - recorder.Referred - recorder.Closed);
        var p = pathway?.Recorder;
        var cases = p is null ? null : new CaseAccount(p.InitialCases, p.CasesOpened, p.CasesClosed, p.LookedAfter,
            p.InitialCases + p.CasesOpened - p.CasesClosed - p.LookedAfter, p.OpenCasesIncludingEarlyHelp);
        var series = new List<DailySeries> { recorder.DailyScreeningQueue() };
        if (pathway is not null) series.AddRange(pathway.Recorder.DailySeries());
        return new FrontDoorRunResult(replication, values, series, decisionHours, account,
            recorder.KeptContacts?.ToArray(), simulation.EventsHandled) { Cases = cases };
    }
}
