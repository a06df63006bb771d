using MashSim.Kernel;
using MashSim.Kernel.Random;
using MashSim.Model.Parameters;
using MashSim.Model.Population;
using MashSim.Model.Recording;
using MashSim.Model.Recording.Events;
using MashSim.Model.Runs;

namespace MashSim.Model.Tests.Population;

/// <summary>The children's histories against the event log and the summary: every contact and referral of a child is in both, and re-referrals are read from them.</summary>
public class ChildHistoryTests
{
    private sealed class Collector : IActivityObserver
    {
        public List<ActivityRecord> Records { get; } = [];
        public void OnActivity(in ActivityRecord record) => Records.Add(record);
    }

    private static (SocialCareModel Model, RunResult Result, List<ActivityRecord> Log) Run(Scenario scenario)
    {
        var log = new Collector();
        var model = SocialCareModel.Build(scenario, new RandomStreams(TestScenarios.SeedOf(scenario), 0), eventLog: log);
        model.Simulation.RunUntil(model.Horizon);
        var atHorizon = model.TakeSnapshot();
        model.Simulation.RunUntil(model.Horizon + SimDuration.FromDays(scenario.Run.DrainDays));
        return (model, model.Outcomes(atHorizon), log.Records);
    }

    private static readonly Lazy<(SocialCareModel Model, RunResult Result, List<ActivityRecord> Log)> Default =
        new(() => Run(TestScenarios.WithPathway() with { Run = TestScenarios.WithPathway().Run with { HorizonDays = 700, WarmupDays = 300 } }));

    [Fact]
    public void Every_contact_in_the_event_log_is_in_its_childs_history_and_no_child_is_counted_twice()
    {
        var (model, _, log) = Default.Value;
        var contactsByChild = log.Where(r => r.Activity == JourneyStages.ContactReceived).GroupBy(r => r.ChildId).ToList();
        Assert.True(contactsByChild.Count > 1000);
        int checkedChildren = 0;
        foreach (var contacts in contactsByChild)
        {
            if (model.Children.Find(contacts.Key) is not { } child) continue;
            checkedChildren++;
            var inHistory = child.Entries.Where(e => e.Kind == HistoryKind.Contact && e.Start >= SimTime.Zero).Select(e => e.Start).ToList();
            Assert.Equal(contacts.Select(c => c.StartedAt), inHistory);
            // Conservation per child: each ended episode ended after it began, and no more than one plan is open.
            Assert.All(child.Entries, e => Assert.True(e.End is not { } end || end >= e.Start));
            Assert.True(child.Entries.Count(e => e.IsOpen && e.Kind is HistoryKind.ChildProtectionPlan or HistoryKind.ChildInNeedPlan) <= 1);
        }
        Assert.True(checkedChildren > 1000);
    }

    [Fact]
    public void Every_re_referral_has_its_earlier_referral_in_the_childs_history_and_in_the_event_log()
    {
        var (model, result, log) = Default.Value;
        var referralRows = log.Where(r => r.Activity is JourneyStages.Referred or JourneyStages.PassedToDuty)
            .Select(r => (r.ChildId, r.StartedAt)).ToHashSet();
        int reReferrals = 0;
        foreach (var childId in referralRows.Select(r => r.ChildId).Distinct())
        {
            var child = model.Children.Find(childId);
            if (child is null) continue;
            var referrals = child.Entries.Where(e => e.Kind == HistoryKind.Referral).Select(e => e.Start).ToList();
            foreach (var (earlier, later) in referrals.Zip(referrals.Skip(1)))
            {
                if ((later - earlier).Days > 365) continue;
                reReferrals++;
                // Referrals before the run belong to children known before it: only the run's own referrals are logged.
                if (earlier >= SimTime.Zero) Assert.Contains((childId, earlier), referralRows);
                Assert.Contains((childId, later), referralRows);
            }
        }
        Assert.True(reReferrals > 100, $"{reReferrals} re-referrals");
        Assert.InRange(result[Kpi.ReReferralShare], 0.05, 0.5);
    }

    [Fact]
    public void The_event_log_reconciles_with_the_summary_for_contacts_and_referrals()
    {
        var (_, result, log) = Default.Value;
        bool InWindow(ActivityRecord r) => r.StartedAt >= SimTime.FromDays(300) && r.StartedAt < SimTime.FromDays(700);
        Assert.Equal(result[Kpi.Contacts], log.Count(r => r.Activity == JourneyStages.ContactReceived && InWindow(r)));
        Assert.Equal(result[Kpi.Referrals], log.Count(r => r.Activity is JourneyStages.Referred or JourneyStages.PassedToDuty && InWindow(r)));
    }

    [Fact]
    public void Some_contacts_are_about_known_children_and_some_plans_are_second_plans_read_from_histories()
    {
        var (_, result, _) = Default.Value;
        Assert.InRange(result[Kpi.ContactsAboutKnownChildren], 0.2, 0.4);
        Assert.InRange(result[Kpi.ChildProtectionPlansSecondOrLater], 0.01, 0.6);
        Assert.True(double.IsFinite(result[Kpi.DaysSincePreviousReferral[2]]));
    }

    [Fact]
    public void With_no_known_children_every_contact_is_about_a_new_child_and_nobody_is_re_referred()
    {
        var scenario = TestScenarios.WithPathway() with { Run = TestScenarios.WithPathway().Run with { HorizonDays = 400, WarmupDays = 100 } };
        scenario = scenario with
        {
            Population = scenario.Population with { KnownChildren = scenario.Population.KnownChildren with { ShareOfContacts = 0 } },
            Pathway = scenario.Pathway! with { EarlyHelp = scenario.Pathway.EarlyHelp with { StepUpProbability = 0 } },
        };
        var (_, result, log) = Run(scenario);
        var contacts = log.Where(r => r.Activity == JourneyStages.ContactReceived).ToList();
        Assert.Equal(contacts.Count, contacts.Select(c => c.ChildId).Distinct().Count());
        Assert.Equal(0, result[Kpi.ReReferralShare]);
        Assert.Equal(0, result[Kpi.ContactsAboutKnownChildren]);
    }
}
