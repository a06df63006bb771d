using MashSim.Kernel;
using MashSim.Model.Population;

namespace MashSim.Model.Tests.Population;

/// <summary>Picking a known child: by involvement and recency weights, never outside the look-back window.</summary>
public class KnownChildrenTests
{
    private static readonly KnownChildrenParameters Parameters = TestScenarios.FrontDoor().Population.KnownChildren with
    {
        InvolvementWeights = new InvolvementWeights { Contact = 1, Referral = 2, ChildInNeedPlan = 3, ChildProtectionPlan = 6 },
        RecencyMonths = [3, 12],
        RecencyWeights = [4, 1],
    };

    [Fact]
    public void A_child_is_picked_in_proportion_to_involvement_times_recency()
    {
        var known = new KnownChildren(Parameters, _ => { });
        var contactOnly = new Child(1, SimTime.Zero);
        var hadPlan = new Child(2, SimTime.Zero);
        var longAgo = new Child(3, SimTime.Zero);
        known.Add(longAgo, Involvement.ChildProtectionPlan, false, SimTime.FromDays(0));
        known.Add(contactOnly, Involvement.Contact, false, SimTime.FromDays(200));
        known.Add(hadPlan, Involvement.ChildProtectionPlan, false, SimTime.FromDays(200));
        var now = SimTime.FromDays(250);
        // Weights now: contact-only 1 x 4 = 4; plan 6 x 4 = 24; plan 250 days ago 6 x 1 = 6 (of 34).
        var picks = new Dictionary<int, int> { [1] = 0, [2] = 0, [3] = 0 };
        var random = new System.Random(5);
        for (int i = 0; i < 34_000; i++)
        {
            Assert.True(known.TryPick(now, random.NextDouble(), out _, out _, out var child, out _));
            picks[child!.ChildId]++;
        }
        Assert.InRange(picks[1], 3_700, 4_300);
        Assert.InRange(picks[2], 23_400, 24_600);
        Assert.InRange(picks[3], 5_700, 6_300);
    }

    [Fact]
    public void A_child_who_left_longer_ago_than_the_window_is_never_picked_and_is_forgotten()
    {
        var forgotten = new List<int>();
        var known = new KnownChildren(Parameters, child => forgotten.Add(child.ChildId));
        var child = new Child(9, SimTime.Zero) { LeftAt = SimTime.FromDays(10) };
        known.Add(child, Involvement.Referral, false, SimTime.FromDays(10));
        Assert.True(known.TryPick(SimTime.FromDays(300), 0.5, out _, out _, out _, out _));
        Assert.False(known.TryPick(SimTime.FromDays(10 + 366), 0.5, out _, out _, out _, out _));
        Assert.Equal([9], forgotten);
    }
}
