using MashSim.Kernel;
using MashSim.Model.Contacts;
using MashSim.Model.Parameters;
using MashSim.Model.Runs;

namespace MashSim.Model.Recording;

/// <summary>Computes one replication's outcomes from the counted contacts and the pools' statistics.</summary>
/// <remarks>A figure with nothing to measure (no red contacts, say) is NaN, reported as "no observations", never 0.</remarks>
internal static class FrontDoorOutcomes
{
    public static FrontDoorRunResult Compute(Scenario scenario, int replication, FrontDoorRecorder recorder, PoolSnapshot pools,
        double inFrontDoorMean, Simulation simulation)
    {
        var end = simulation.Now;
        var counted = recorder.Counted;
        var values = new double[Kpi.All.Count];
        void Set(Kpi kpi, double value) => values[kpi.Index] = value;

        var decided = counted.Where(c => c.DecidedAt is not null).ToArray();
        var decisionHours = decided.Select(c => (c.DecidedAt!.Value - c.ArrivedAt).Hours).ToArray();
        double measuredHours = (scenario.Run.HorizonDays - scenario.Run.WarmupDays) * 24.0;

        Set(Kpi.Contacts, counted.Count);
        Set(Kpi.DecisionWithin1WorkingDay, Share(counted, c => c.DecidedAt <= c.DecisionDeadline));
        Set(Kpi.DecisionWithin1WorkingDayRed, Share(counted.Where(c => c.Rag == RagRating.Red), c => c.DecidedAt <= c.DecisionDeadline));
        Set(Kpi.DecisionWithin1WorkingDayAmber, Share(counted.Where(c => c.Rag == RagRating.Amber), c => c.DecidedAt <= c.DecisionDeadline));
        Set(Kpi.DecisionWithin1WorkingDayGreen, Share(counted.Where(c => c.Rag == RagRating.Green), c => c.DecidedAt <= c.DecisionDeadline));
        Set(Kpi.HoursToDecisionMean, Mean(decisionHours));
        Set(Kpi.HoursToDecisionP90, decisionHours.Length > 0 ? MathNet.Numerics.Statistics.Statistics.Quantile(decisionHours, 0.9) : double.NaN);
        Set(Kpi.HoursToRagMean, Mean(counted.Where(c => c.RatedAt is not null).Select(c => (c.RatedAt!.Value - c.ArrivedAt).Hours)));
        double redTarget = scenario.Timescales.RedTransferTargetHours;
        Set(Kpi.RedTransferredWithinTarget, Share(counted.Where(c => c.IsRed),
            c => c.State == ContactState.TransferredToDuty && (c.LeftAt!.Value - c.ArrivedAt).Hours <= redTarget));
        Set(Kpi.ReferralConversion, Share(counted, c => c.DecidedAt is not null && c.Decision == ThresholdDecision.Referral));
        Set(Kpi.NoFurtherActionShare, Share(counted, c => c.DecidedAt is not null && c.Decision == ThresholdDecision.NoFurtherAction));
        Set(Kpi.AdviceShare, Share(counted, c => c.DecidedAt is not null && c.Decision == ThresholdDecision.Advice));
        Set(Kpi.EarlyHelpShare, Share(counted, c => c.DecidedAt is not null && c.Decision == ThresholdDecision.EarlyHelp));
        Set(Kpi.AgencyCheckTurnaroundHoursMean, recorder.CheckReplyHoursMean);
        Set(Kpi.DecidedWithChecksMissing, Share(counted.Where(c => c.Rag == RagRating.Amber && c.ChecksClosed), c => c.ChecksMissingAtDecision > 0));
        Set(Kpi.FlaggedOverdue, Share(counted, c => (c.DecidedAt ?? end) > c.FlagDeadline));
        Set(Kpi.OutOfHoursShare, Share(counted, c => c.OutOfHours));
        Set(Kpi.ScreeningWaitHoursMean, Mean(counted.Where(c => c.ScreeningWaitMinutes is not null).Select(c => c.ScreeningWaitMinutes!.Value / 60.0)));
        Set(Kpi.ScreeningQueueMean, pools.ScreeningQueueMean);
        Set(Kpi.ScreeningQueueMax, pools.ScreeningQueueMax);
        Set(Kpi.UtilisationSocialWorkers, pools.SocialWorkers);
        Set(Kpi.UtilisationManagers, pools.Managers);
        Set(Kpi.UtilisationBusinessSupport, pools.BusinessSupport);
        Set(Kpi.UtilisationEmergencyDutyTeam, pools.EmergencyDutyTeam);
        Set(Kpi.ArrivalRatePerHour, counted.Count / measuredHours);
        Set(Kpi.HoursInFrontDoorMean, Mean(counted.Where(c => c.HasLeft).Select(c => (c.LeftAt!.Value - c.ArrivedAt).Hours)));
        Set(Kpi.ContactsInFrontDoorMean, inFrontDoorMean);
        Set(Kpi.UnfinishedAtEnd, counted.Count(c => !c.HasLeft));

        var account = new ContactAccount(recorder.Arrived, recorder.TransferredToDuty, recorder.Referred, recorder.Closed,
            recorder.Arrived - recorder.TransferredToDuty - recorder.Referred - recorder.Closed);
        return new FrontDoorRunResult(replication, values, recorder.DailyScreeningQueue(), decisionHours, account,
            recorder.KeepContacts ? counted.ToArray() : null, simulation.EventsHandled);
    }

    private static double Share(IEnumerable<Contact> contacts, Func<Contact, bool> predicate)
    {
        int n = 0, yes = 0;
        foreach (var contact in contacts)
        {
            n++;
            if (predicate(contact)) yes++;
        }
        return n > 0 ? (double)yes / n : double.NaN;
    }

    private static double Mean(IEnumerable<double> values)
    {
        double sum = 0;
        int n = 0;
        foreach (var value in values)
        {
            sum += value;
            n++;
        }
        return n > 0 ? sum / n : double.NaN;
    }
}
