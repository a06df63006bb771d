using MashSim.Model.Recording;

namespace MashSim.Model.Tests.Processes;

public class StreamConservationTests
{
    [Fact]
    public void Every_notification_missing_episode_exploitation_referral_and_early_help_family_ends_somewhere()
    {
        var result = TestRun.Of(ProcessScenarios.AllOn(), 0);
        Assert.Equal(["domestic abuse notifications", "missing episodes", "exploitation referrals", "families stepped to early help"],
            result.Streams.Select(s => s.Stream));
        Assert.All(result.Streams, stream =>
        {
            Assert.True(stream.Arrived > 50, stream.ToString());
            Assert.True(stream.Balances, stream.ToString());
            // The drain is long enough for every item to finish: nothing is left in a queue or forgotten.
            Assert.True(stream.StillOpen == 0, stream.ToString());
        });
        // Contacts the processes sent to the MASH are contacts like any other: they too all end.
        Assert.True(result.Account.Balances);
        Assert.Equal(0, result.Account.StillOpen);
    }

    [Fact]
    public void Each_process_reports_its_outcomes_and_the_front_door_sees_their_contacts()
    {
        var off = TestRun.Of(TestScenarios.FrontDoor(150), 0);
        var on = TestRun.Of(ProcessScenarios.AllOn(), 0);
        foreach (var kpi in Kpi.All.Where(k => k.Process is not null))
        {
            Assert.True(double.IsNaN(off[kpi]), $"{kpi.Id} without its process");
            Assert.False(double.IsNaN(on[kpi]), $"{kpi.Id} with its process");
        }
        Assert.True(on[Kpi.Contacts] > off[Kpi.Contacts], "notifications, exploitation and early help step-ups add contacts");
        Assert.True(on[Kpi.DomesticAbuseContactShare] is > 0 and < 1);
    }
}
