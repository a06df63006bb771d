using MashSim.Kernel;
using MashSim.Kernel.Calendar;
using MashSim.Kernel.Random;
using MashSim.Model.Contacts;
using MashSim.Model.Parameters;
using MashSim.Model.Pathway.Activities;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Events;
using MashSim.Model.Pathway.Parameters;
using MashSim.Model.Pathway.Recording;

namespace MashSim.Model.Pathway.Stock;

/// <summary>Children already on plans or looked after at time zero (<see cref="InitialStockParameters"/>), each placed as the workflow would have left it.</summary>
/// <remarks>
/// The state is set directly (the workflow keeps no state of its own): the plan started in the past by the drawn age,
/// its next review falls where the review chain puts it, its next visit is spread over the visiting interval, and
/// the child is allocated by the team's usual rule. Each draw has its own named stream, so adding a stock shifts no
/// other stream. Ids below zero mark these children: none of them came through this run's front door.
/// </remarks>
internal sealed class InitialStock(Simulation simulation, WorkingCalendar calendar, PathwayParameters parameters,
    PathwayRecorder recorder, CaseActivities activities, CaseTriggers triggers, Population.ChildPopulation? population = null)
{
    private int _opened;

    public void Open(InitialStockParameters stock, RandomStreams streams)
    {
        var cp = parameters.ChildProtectionPlan;
        var cpAges = streams.Stream("pathway.initialStock.cp.age");
        var cpVisits = streams.Stream("pathway.initialStock.cp.visit");
        for (int i = 0; i < stock.ChildProtectionPlans; i++)
        {
            var (reviews, age) = PlanAges.ChildProtection(cp, cpAges);
            var c = OpenCase(CaseState.OnChildProtectionPlan, RagRating.Amber, reviews, age, cpVisits.Next(cp.VisitEveryWorkingDays));
            // A plan in hand: its next review is booked from its start and the reviews it has had.
            activities.ContinueChildProtectionPlan(c);
        }
        var cin = parameters.ChildInNeedPlan;
        var cinAges = streams.Stream("pathway.initialStock.cin.age");
        var cinVisits = streams.Stream("pathway.initialStock.cin.visit");
        for (int i = 0; i < stock.ChildInNeedPlans; i++)
        {
            var (reviews, age) = PlanAges.ChildInNeed(cin, cinAges);
            var c = OpenCase(CaseState.OnChildInNeedPlan, RagRating.Green, reviews, age, cinVisits.Next(cin.VisitEveryWorkingDays));
            activities.Team.OfferToFamilySupport(c);
            // Each review is booked one interval after the last, so the next falls (reviews held + 1) intervals after the start.
            var review = c.PlanStartedAt + SimDuration.FromDays(7 * cin.ReviewIntervalWeeks * (reviews + 1));
            triggers.Schedule(calendar.NextOpening(review < simulation.Now ? simulation.Now : review), CaseTrigger.PlanReviewed, c);
        }
        // Stays in care are memoryless: the time a child already looked after has still to stay is a fresh stay, and
        // how long ago they came into care (for the length of stay when they leave) is another, independent one.
        var stays = DistributionSpec.Exponential(parameters.LookedAfter.MeanStayMonths).Sampler(streams.Stream("pathway.initialStock.lookedAfter.stay"));
        for (int i = 0; i < stock.LookedAfter; i++)
        {
            double sinceMonths = stays.Sample();
            var c = OpenCase(CaseState.LookedAfter, RagRating.Amber, 0, sinceMonths * DaysPerMonth, 0, allocate: false);
            c.LookedAfterSince = c.ReferredAt;
            activities.LeaveCareAfter(c, stays.Sample());
        }
    }

    private const double DaysPerMonth = 365.25 / 12;

    /// <summary>A child in <paramref name="state"/> since <paramref name="ageDays"/> ago; looked-after children are held outside the team's caseloads (<paramref name="allocate"/> false).</summary>
    private Case OpenCase(CaseState state, RagRating rag, int reviewsHeld, double ageDays, int workingDaysToVisit, bool allocate = true)
    {
        var now = simulation.Now;
        var started = now - SimDuration.FromDays(ageDays);
        int id = -++_opened;
        var c = new Case(id, id, rag, started, counted: false)
        {
            State = state,
            PlanStartedAt = started,
            ReviewsHeld = reviewsHeld,
            NextVisitDue = calendar.DeadlineAfterWorkingDays(now, workingDaysToVisit),
        };
        recorder.OnInitialCase(c);
        population?.OnInitialCase(c);
        if (allocate) activities.Team.RequestAllocation(c);
        return c;
    }
}
