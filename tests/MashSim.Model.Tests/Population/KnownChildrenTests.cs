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
        var index = new ChildIndex();
        var known = new KnownChildren(Parameters, index, _ => { });
        var contactOnly = new Child(1, SimTime.Zero);
        var hadPlan = new Child(2, SimTime.Zero);
        var longAgo = new Child(3, SimTime.Zero);
        foreach (var c in new[] { contactOnly, hadPlan, longAgo }) index.Add(c);
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
        var index = new ChildIndex();
        var known = new KnownChildren(Parameters, index, child => forgotten.Add(child.ChildId));
        var child = new Child(9, SimTime.Zero) { LeftAt = SimTime.FromDays(10) };
        index.Add(child);
        known.Add(child, Involvement.Referral, false, SimTime.FromDays(10));
        Assert.True(known.TryPick(SimTime.FromDays(300), 0.5, out _, out _, out _, out _));
        Assert.False(known.TryPick(SimTime.FromDays(10 + 366), 0.5, out _, out _, out _, out _));
        Assert.Equal([9], forgotten);
    }

    /// <summary>A population's life: children added as they leave (now, or long before the start), picked at random times
    /// between, some picks failing as the window empties. Every pick, every forgotten child and every count must match
    /// KnownChildren as it was before it kept its totals between picks, which walked every band of every queue each time.
    /// With one kind of involvement, a queue holds tens of thousands of entries, so pages are added, dropped and reused.</summary>
    [Theory]
    [InlineData(40_000, 4)]
    [InlineData(150_000, 1)]
    public void Keeping_totals_between_picks_picks_and_forgets_exactly_as_walking_every_band_each_pick(int steps, int involvements)
    {
        var parameters = Parameters with { RecencyMonths = [1, 3, 6, 12, 36], RecencyWeights = [5, 3, 2, 1, 0.5], PrematureWeight = 1.7 };
        for (int seed = 0; seed < 4; seed++)
        {
            var forgotten = new List<int>();
            var forgottenByWalk = new List<int>();
            var held = new ChildIndex();
            var known = new KnownChildren(parameters, held, c => { forgotten.Add(c.ChildId); held.Remove(c.ChildId); });
            var walk = new WalkEveryPick(parameters, c => forgottenByWalk.Add(c.ChildId));
            var random = new System.Random(seed);
            var children = new List<Child>();
            double now = 0;
            for (int i = 0; i < 400; i++)
            {
                var leftBefore = SimTime.FromDays(-random.NextDouble() * 1000);
                var involvement = (Involvement)random.Next(involvements);
                known.Add(null, involvement, false, leftBefore);
                walk.Add(null, involvement, false, leftBefore);
            }
            for (int step = 0; step < steps; step++)
            {
                // Mostly minutes apart, sometimes a quiet spell of months in which whole bands empty.
                now += random.NextDouble() < 0.001 ? random.NextDouble() * 400 * 1440 : random.NextDouble() * 30;
                var at = new SimTime(now);
                if (random.NextDouble() < 0.5)
                {
                    var child = new Child(children.Count, SimTime.Zero) { LeftAt = at };
                    children.Add(child);
                    held.Add(child);
                    var involvement = (Involvement)random.Next(involvements);
                    bool premature = involvements > 1 && random.Next(3) == 0;
                    known.Add(child, involvement, premature, at);
                    walk.Add(child, involvement, premature, at);
                }
                else
                {
                    double u = random.NextDouble();
                    bool picked = known.TryPick(at, u, out int queue, out int index, out var child, out var leftAt);
                    Assert.Equal(walk.TryPick(at, u, out int queue2, out int index2, out var child2, out var leftAt2), picked);
                    Assert.Equal((queue2, index2, leftAt2), (queue, index, leftAt));
                    Assert.Same(child2, child);
                    // A child picked comes back to services and leaves again later, leaving a stale entry behind.
                    if (child is not null && random.Next(4) == 0) child.LeftAt = at + SimDuration.FromDays(1);
                }
            }
            Assert.Equal(forgottenByWalk, forgotten);
            Assert.Equal(walk.Count, known.Count);
            Assert.NotEmpty(forgotten);
        }
    }

    private sealed class WalkEveryPick(KnownChildrenParameters parameters, Action<Child> forget)
    {
        private readonly double[] _bandDays = parameters.RecencyMonths.Select(m => m * 365.25 / 12).ToArray();
        private readonly double[] _recency = parameters.RecencyWeights.ToArray();
        private readonly Queue[] _queues = Enumerable.Range(0, 8).Select(_ => new Queue(parameters.RecencyMonths.Count)).ToArray();

        public static int QueueOf(Involvement involvement, bool premature) => (int)involvement * 2 + (premature ? 1 : 0);
        public static Involvement InvolvementOf(int queue) => (Involvement)(queue / 2);

        public void Add(Child? child, Involvement involvement, bool premature, SimTime leftAt) => _queues[QueueOf(involvement, premature)].Add(child, leftAt.Minutes);

        /// <summary>Entries in the window, stale ones included.</summary>
        public int Count => _queues.Sum(q => q.Tail - q.Pointers[^1]);

        /// <summary>Picks an entry by weight with one uniform draw <paramref name="u"/>; false when no one is in the window.</summary>
        public bool TryPick(SimTime now, double u, out int queue, out int index, out Child? child, out SimTime leftAt)
        {
            double total = 0;
            for (int q = 0; q < _queues.Length; q++) total += Advance(q, now.Minutes);
            queue = index = -1;
            child = null;
            leftAt = default;
            if (total <= 0) return false;
            double r = u * total;
            for (int q = 0; q < _queues.Length; q++)
            {
                var queueOf = _queues[q];
                double classWeight = Weight(q);
                int end = queueOf.Tail;
                for (int b = 0; b < _bandDays.Length; b++)
                {
                    int start = queueOf.Pointers[b];
                    double each = classWeight * _recency[b];
                    double band = (end - start) * each;
                    if (r < band && each > 0)
                    {
                        queue = q;
                        index = Math.Min(end - 1, start + (int)(r / each));
                        child = queueOf.Children[index];
                        leftAt = new SimTime(queueOf.Times[index]);
                        return true;
                    }
                    r -= band;
                    end = start;
                }
            }
            return false;
        }

        /// <summary>Puts the child made up for a pre-run entry in its place, so the entry is not made up twice.</summary>
        public void Fill(int queue, int index, Child child) => _queues[queue].Children[index] = child;

        private double Weight(int queue) =>
            parameters.InvolvementWeights.Of(InvolvementOf(queue)) * (queue % 2 == 1 ? parameters.PrematureWeight : 1);

        /// <summary>Moves the queue's band pointers up to <paramref name="now"/>, drops what fell out of the window, and returns the queue's total weight.</summary>
        private double Advance(int q, double now)
        {
            var queue = _queues[q];
            int end = queue.Tail;
            double total = 0, classWeight = Weight(q);
            for (int b = 0; b < _bandDays.Length; b++)
            {
                double oldest = now - _bandDays[b] * 1440.0;
                ref int p = ref queue.Pointers[b];
                while (p < queue.Tail && queue.Times[p] <= oldest) p++;
                total += (end - p) * classWeight * _recency[b];
                end = p;
            }
            queue.DropBefore(queue.Pointers[^1], forget);
            return total;
        }

        /// <summary>A growing array of (child, time left) in time order, with the band pointers into it.</summary>
        private sealed class Queue(int bands)
        {
            public Child?[] Children = new Child?[64];
            public double[] Times = new double[64];
            public int Head;
            public int Tail;
            public readonly int[] Pointers = new int[bands];

            public void Add(Child? child, double time)
            {
                if (Tail == Children.Length) Grow();
                Children[Tail] = child;
                Times[Tail++] = time;
            }

            public void DropBefore(int index, Action<Child> forget)
            {
                for (; Head < index; Head++)
                {
                    if (Children[Head] is { } child && child.LeftAt.Minutes == Times[Head] && child.OpenItems == 0) forget(child);
                    Children[Head] = null;
                }
            }

            /// <summary>Doubles the arrays; an entry keeps its index for the whole run, as in KnownChildren's pages.</summary>
            private void Grow()
            {
                Array.Resize(ref Children, Children.Length * 2);
                Array.Resize(ref Times, Times.Length * 2);
            }
        }
    }
}
