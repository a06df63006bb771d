namespace MashSim.Model.Population;

/// <summary>Hears what the children's histories say when it matters: a referral (with the previous one), a plan starting (with how many came before).</summary>
public interface IPopulationObserver
{
    void OnReferral(Child child, Kernel.SimTime? previousReferral);

    void OnPlanStarted(Child child, HistoryKind plan, int earlierPlans);
}
