using MashSim.Kernel;
using MashSim.Model.Population;

namespace MashSim.Model.Tests.Population;

/// <summary>Children's histories in the shared arena read exactly as a list per child did: entries, counts, last starts, ends.</summary>
public class HistoryStoreTests
{
    /// <summary>The history as it was kept before the arena: a list per child, each change as the old Child made it.</summary>
    private sealed class ListHistory
    {
        public readonly List<HistoryEntry> Entries = [];

        public void End(HistoryKind kind, SimTime at)
        {
            for (int i = Entries.Count - 1; i >= 0; i--)
            {
                if (Entries[i].Kind != kind || !Entries[i].IsOpen) continue;
                Entries[i] = Entries[i] with { End = at };
                return;
            }
        }
    }

    /// <summary>An entry is a kind and two doubles with no padding: the arena is the largest thing an England-sized year holds.</summary>
    [Fact]
    public void An_entry_takes_17_bytes()
    {
        Assert.Equal(17, System.Runtime.CompilerServices.Unsafe.SizeOf<HistoryStore.Entry>());
    }

    [Fact]
    public void Many_children_sharing_one_store_read_as_a_list_each_through_growth_release_and_reuse()
    {
        var store = new HistoryStore();
        var random = new System.Random(12);
        var children = new List<(Child Child, ListHistory Reference)>();
        int nextId = 0;
        for (int step = 0; step < 60_000; step++)
        {
            if (children.Count < 50 || random.NextDouble() < 0.05)
            {
                children.Add((new Child(store, nextId++, SimTime.Zero), new ListHistory()));
                continue;
            }
            int which = random.Next(children.Count);
            var (child, reference) = children[which];
            var kind = (HistoryKind)random.Next(7);
            var at = new SimTime(random.NextDouble() * 1e6 - 5e5);
            switch (random.Next(10))
            {
                case 0:
                    // Forgotten: its block goes back to the store for the next child to reuse.
                    child.ReleaseHistory();
                    Assert.Empty(child.Entries);
                    children.RemoveAt(which);
                    continue;
                case 1 or 2:
                    child.Start(kind, at);
                    reference.Entries.Add(new HistoryEntry(kind, at, null));
                    break;
                case 3 or 4 or 5:
                    child.Record(kind, at);
                    reference.Entries.Add(new HistoryEntry(kind, at, at));
                    break;
                case 6:
                    var end = random.Next(2) == 0 ? (SimTime?)null : at + SimDuration.FromDays(3);
                    child.Add(kind, at, end);
                    reference.Entries.Add(new HistoryEntry(kind, at, end));
                    break;
                default:
                    child.End(kind, at);
                    reference.End(kind, at);
                    break;
            }
        }
        foreach (var (child, reference) in children)
        {
            Assert.Equal(reference.Entries, child.Entries);
            for (int i = 0; i < reference.Entries.Count; i++) Assert.Equal(reference.Entries[i], child.Entries[i]);
            foreach (var kind in Enum.GetValues<HistoryKind>())
            {
                Assert.Equal(reference.Entries.Count(e => e.Kind == kind), child.Count(kind));
                var starts = reference.Entries.Where(e => e.Kind == kind).Select(e => (SimTime?)e.Start).ToList();
                Assert.Equal(starts.Count > 0 ? starts[^1] : null, child.LastStart(kind));
            }
        }
        Assert.Contains(children, c => c.Reference.Entries.Count > 16);
    }

    [Fact]
    public void Involvement_rises_with_the_most_services_have_done_and_never_falls()
    {
        var child = new Child(1, SimTime.Zero);
        Assert.Equal(Involvement.Contact, child.Involvement);
        child.Record(HistoryKind.Contact, SimTime.FromDays(1));
        child.Record(HistoryKind.Referral, SimTime.FromDays(2));
        Assert.Equal(Involvement.Referral, child.Involvement);
        child.Start(HistoryKind.ChildProtectionPlan, SimTime.FromDays(3));
        child.Record(HistoryKind.Contact, SimTime.FromDays(4));
        Assert.Equal(Involvement.ChildProtectionPlan, child.Involvement);
    }
}
