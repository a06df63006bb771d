using MashSim.Kernel;
using MashSim.Model.Recording;
using MashSim.Model.Recording.Distributions;
using static MashSim.Model.Recording.OutcomeMath;

namespace MashSim.Model.Population;

/// <summary>What the children's histories say over the measured period: re-referrals, time since the previous referral, second plans, and open plans by length at each 31 March.</summary>
internal sealed class ChildOutcomes(Simulation simulation, SimTime warmupEnd, SimTime horizon, DurationRecorder durations) : IPopulationObserver
{
    private readonly List<int[]> _openCp = [], _openCin = [];

    public int Referrals { get; private set; }
    public int ReReferrals { get; private set; }
    public int ContactsNew { get; private set; }
    public int ContactsKnown { get; private set; }
    public int CpPlans { get; private set; }
    public int CpPlansSecondOrLater { get; private set; }
    public int CinPlans { get; private set; }
    public int CinPlansSecondOrLater { get; private set; }

    private bool InWindow => simulation.Now >= warmupEnd && simulation.Now < horizon;

    public void OnContact(bool known)
    {
        if (!InWindow) return;
        if (known) ContactsKnown++;
        else ContactsNew++;
    }

    /// <summary>A re-referral is a referral within 12 months (365 days) of the child's previous one, as the national statistics count it.</summary>
    public void OnReferral(Child child, SimTime? previousReferral)
    {
        if (!InWindow) return;
        Referrals++;
        if (previousReferral is not { } previous) return;
        double days = (simulation.Now - previous).Days;
        durations.Add(Duration.SincePreviousReferral, days);
        if (days <= 365) ReReferrals++;
    }

    public void OnPlanStarted(Child child, HistoryKind plan, int earlierPlans)
    {
        if (!InWindow) return;
        bool again = earlierPlans > 0;
        if (plan == HistoryKind.ChildProtectionPlan)
        {
            CpPlans++;
            if (again) CpPlansSecondOrLater++;
        }
        else
        {
            CinPlans++;
            if (again) CinPlansSecondOrLater++;
        }
    }

    /// <summary>The open plans' counts by length band, taken at the end of a 31 March inside the measured period.</summary>
    public void OnYearEnd(int[] childProtection, int[] childInNeed)
    {
        _openCp.Add(childProtection);
        _openCin.Add(childInNeed);
    }

    public void Fill(double[] values)
    {
        values[Kpi.ReReferralShare.Index] = Ratio(ReReferrals, Referrals);
        values[Kpi.ChildProtectionPlansSecondOrLater.Index] = Ratio(CpPlansSecondOrLater, CpPlans);
        values[Kpi.ChildInNeedPlansSecondOrLater.Index] = Ratio(CinPlansSecondOrLater, CinPlans);
        values[Kpi.ContactsAboutKnownChildren.Index] = Ratio(ContactsKnown, ContactsKnown + ContactsNew);
        for (int band = 0; band < Kpi.OpenPlanBandMonths.Count; band++)
        {
            values[Kpi.ChildProtectionPlansOpenByLength[band].Index] = _openCp.Count > 0 ? _openCp.Average(c => c[band]) : double.NaN;
            values[Kpi.ChildInNeedPlansOpenByLength[band].Index] = _openCin.Count > 0 ? _openCin.Average(c => c[band]) : double.NaN;
        }
    }
}
