using MashSim.Kernel.Random;
using MashSim.Model.Contacts;
using MashSim.Model.Parameters;
using MashSim.Model.Recording;

namespace MashSim.Model.Tests;

public class SocialCareModelTests
{
    [Fact]
    public void Every_contact_that_arrives_is_accounted_for()
    {
        var result = TestRun.Of(TestScenarios.FrontDoor(), 0, keepContacts: true);
        var account = result.Account;
        Assert.True(account.Arrived > 3000);
        Assert.True(account.Balances);
        Assert.Equal(account.Arrived, account.TransferredToDuty + account.Referred + account.Closed + account.StillOpen);
        Assert.Equal(0, account.StillOpen);
        Assert.All(result.Contacts!, c => Assert.Contains(c.State, new[] { ContactState.TransferredToDuty, ContactState.Referred, ContactState.Closed }));
    }

    [Fact]
    public void Every_contact_is_decided_before_it_leaves_and_rated_before_it_is_decided()
    {
        var result = TestRun.Of(TestScenarios.FrontDoor(), 0, keepContacts: true);
        Assert.All(result.Contacts!, c =>
        {
            Assert.NotNull(c.RatedAt);
            Assert.NotNull(c.DecidedAt);
            Assert.NotNull(c.Decision);
            Assert.True(c.ArrivedAt <= c.RatedAt && c.RatedAt <= c.DecidedAt && c.DecidedAt <= c.LeftAt);
            Assert.Equal(c.State == ContactState.Closed, c.Decision != ThresholdDecision.Referral);
        });
    }

    [Fact]
    public void Littles_law_holds_for_the_front_door()
    {
        var result = TestRun.Of(TestScenarios.FrontDoor(horizonDays: 400), 0);
        double lambda = result[Kpi.ArrivalRatePerHour];
        double w = result[Kpi.HoursInFrontDoorMean];
        double l = result[Kpi.ContactsInFrontDoorMean];
        Assert.Equal(l, lambda * w, l * 0.05);
    }

    [Fact]
    public void The_same_seed_gives_the_same_results_and_another_seed_different_ones()
    {
        var a = TestRun.Of(TestScenarios.FrontDoor(), 0, seed: 5);
        var b = TestRun.Of(TestScenarios.FrontDoor(), 0, seed: 5);
        var c = TestRun.Of(TestScenarios.FrontDoor(), 0, seed: 6);
        Assert.Equal(a.Values, b.Values);
        Assert.Equal(a.Series.Single().Values, b.Series.Single().Values);
        Assert.NotEqual(a.Values, c.Values);
    }

    [Fact]
    public void With_ample_staff_and_fixed_durations_nobody_waits_and_time_in_the_front_door_is_the_sum_of_the_work()
    {
        var scenario = TestScenarios.Mmc(servers: 500, arrivalsPerHour: 5, serviceMinutes: 30, horizonDays: 60) with { };
        scenario = scenario with
        {
            Mash = scenario.Mash with { ScreeningMinutes = DistributionSpec.Fixed(30) },
        };
        var result = TestRun.Of(scenario, 0);
        Assert.Equal(0, result[Kpi.ScreeningWaitHoursMean]);
        Assert.Equal(0.5, result[Kpi.HoursInFrontDoorMean], 9);
        Assert.Equal(1.0, result[Kpi.DecisionWithin1WorkingDay]);
    }

    [Fact]
    public void With_no_referrals_nothing_is_referred_and_no_manager_is_needed()
    {
        var scenario = TestScenarios.FrontDoor();
        scenario = scenario with
        {
            Mash = scenario.Mash with
            {
                RagMix = new RagMix { Red = 0, Amber = 0.5, Green = 0.5 },
                Decisions = new DecisionMixes
                {
                    Amber = new DecisionMix { NoFurtherAction = 0.5, EarlyHelp = 0.5 },
                    Green = new DecisionMix { Advice = 1 },
                },
            },
        };
        var result = TestRun.Of(scenario, 0);
        Assert.Equal(0, result[Kpi.ReferralConversion]);
        Assert.Equal(0, result.Account.Referred + result.Account.TransferredToDuty);
        Assert.Equal(0, result[Kpi.UtilisationManagers]);
        Assert.Equal(0, result[Kpi.UtilisationBusinessSupport]);
    }

    [Fact]
    public void An_outcome_with_nothing_to_measure_is_not_a_number_rather_than_zero()
    {
        var result = TestRun.Of(TestScenarios.Mmc(2, 1, 30, 30), 0);
        Assert.True(double.IsNaN(result[Kpi.DecisionWithin1WorkingDayRed]));
        Assert.True(double.IsNaN(result[Kpi.AgencyCheckTurnaroundHoursMean]));
    }

    [Fact]
    public void Contacts_out_of_hours_go_to_the_emergency_duty_team_and_the_rest_wait_for_the_mash_to_open()
    {
        var result = TestRun.Of(TestScenarios.FrontDoor(), 0, keepContacts: true);
        var epoch = TestScenarios.FrontDoor().Run.Start.ToDateTime(TimeOnly.MinValue);
        var outOfHours = result.Contacts!.Where(c => c.OutOfHours).ToArray();
        Assert.NotEmpty(outOfHours);
        Assert.All(outOfHours, c =>
        {
            var arrived = epoch.AddMinutes(c.ArrivedAt.Minutes);
            bool weekday = arrived.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            Assert.False(weekday && arrived.Hour is >= 9 and < 17 && !IsBankHoliday(arrived));
        });
        // Non-red contacts the EDT passed on are screened in office hours only.
        Assert.All(outOfHours.Where(c => !c.IsRed), c =>
        {
            var rated = epoch.AddMinutes(c.RatedAt!.Value.Minutes);
            Assert.InRange(rated.TimeOfDay, TimeSpan.FromHours(9), TimeSpan.FromHours(17));
        });
        // Red contacts are acted on by the EDT itself, within hours.
        Assert.All(outOfHours.Where(c => c.IsRed), c => Assert.Equal(ContactState.TransferredToDuty, c.State));
    }

    [Fact]
    public void A_checks_deadline_means_some_amber_contacts_are_decided_with_answers_missing()
    {
        var scenario = TestScenarios.FrontDoor();
        var result = TestRun.Of(scenario, 0, keepContacts: true);
        Assert.True(result[Kpi.DecidedWithChecksMissing] > 0);
        var noDeadline = scenario with { Mash = scenario.Mash with { Checks = scenario.Mash.Checks with { DeadlineWorkingHours = null } } };
        Assert.Equal(0, TestRun.Of(noDeadline, 0)[Kpi.DecidedWithChecksMissing]);
    }

    [Fact]
    public void At_the_checks_deadline_the_agencies_still_to_answer_are_recorded_by_name()
    {
        var scenario = TestScenarios.FrontDoor();
        var slow = scenario with
        {
            Mash = scenario.Mash with
            {
                Checks = new AgencyChecks
                {
                    Agencies =
                    [
                        new Agency { Name = "police", Colocated = true, AskedProbability = 1, ColocatedReplyMinutes = DistributionSpec.Fixed(30), RemoteReplyMinutes = DistributionSpec.Fixed(30) },
                        new Agency { Name = "health", Colocated = true, AskedProbability = 0.5, ColocatedReplyMinutes = DistributionSpec.Fixed(600), RemoteReplyMinutes = DistributionSpec.Fixed(600) },
                    ],
                    DeadlineWorkingHours = 2,
                },
            },
        };
        var result = TestRun.Of(slow, 0, keepContacts: true);
        var amber = result.Contacts!.Where(c => c.Rag == RagRating.Amber).ToArray();
        Assert.NotEmpty(amber);
        Assert.All(amber, c =>
        {
            bool healthAsked = c.ChecksRequested == 2;
            // Police (bit 0) always answers in time; health (bit 1), when asked, never does.
            Assert.Equal(healthAsked ? 2UL : 0UL, c.ChecksMissingAtDecision);
        });
        Assert.Contains(amber, c => c.ChecksMissingAtDecision != 0);
        Assert.Contains(amber, c => c.ChecksMissingAtDecision == 0);
    }

    [Fact]
    public void Manager_oversight_of_all_decisions_sends_every_decision_to_a_manager()
    {
        var scenario = TestScenarios.FrontDoor();
        var without = TestRun.Of(scenario, 0);
        var with = TestRun.Of(scenario with { Mash = scenario.Mash with { ManagerOversightOfAllDecisions = true } }, 0);
        Assert.True(with[Kpi.UtilisationManagers] > 2 * without[Kpi.UtilisationManagers]);
    }

    private static bool IsBankHoliday(DateTime when) => MashSim.Kernel.Calendar.EnglandBankHolidays.IsBankHoliday(DateOnly.FromDateTime(when));
}
