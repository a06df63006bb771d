namespace MashSim.Model.Population;

/// <summary>The children held now, found by id in arrays indexed by the id rather than in a dictionary.</summary>
/// <remarks>
/// Ids come in three dense runs (see <see cref="ChildPopulation"/>): new children count up from 0, children on plans at
/// the start count down from -1, and children known before the run count down from <see cref="ChildPopulation.FirstPreRunId"/>.
/// So each run is an array, and finding, adding or forgetting a child is one index: no hashing, no buckets to resize,
/// and no 24-byte dictionary entry per child. A forgotten child's slot is cleared (its id is never given again).
/// </remarks>
internal sealed class ChildIndex
{
    private Child?[] _new = new Child?[256];
    private Child?[] _atStart = new Child?[16];
    private Child?[] _preRun = new Child?[256];

    /// <summary>Children held now.</summary>
    public int Count { get; private set; }

    public Child? Find(int id)
    {
        var slots = RunOf(id);
        int index = IndexIn(id);
        return (uint)index < (uint)slots.Length ? slots[index] : null;
    }

    /// <summary>Holds <paramref name="child"/> under its id, in place of any child held under it before.</summary>
    public void Add(Child child)
    {
        ref var slot = ref Slot(child.ChildId);
        if (slot is null) Count++;
        slot = child;
    }

    public void Remove(int id)
    {
        var slots = RunOf(id);
        int index = IndexIn(id);
        if ((uint)index >= (uint)slots.Length || slots[index] is null) return;
        slots[index] = null;
        Count--;
    }

    /// <summary>Every child held, in no particular order.</summary>
    public IEnumerable<Child> All()
    {
        foreach (var slots in new[] { _new, _atStart, _preRun })
        {
            foreach (var child in slots) if (child is not null) yield return child;
        }
    }

    /// <summary>The array of the id's run (as a reference, so a slot beyond its end can grow it).</summary>
    private ref Child?[] RunOf(int id) =>
        ref id >= 0 ? ref _new : ref id > ChildPopulation.FirstPreRunId ? ref _atStart : ref _preRun;

    /// <summary>The id's index in the array of its run.</summary>
    private static int IndexIn(int id) =>
        id >= 0 ? id : id > ChildPopulation.FirstPreRunId ? -id - 1 : ChildPopulation.FirstPreRunId - id;

    private ref Child? Slot(int id)
    {
        ref var slots = ref RunOf(id);
        int index = IndexIn(id);
        if (index >= slots.Length) Array.Resize(ref slots, Math.Max(slots.Length * 2, index + 1));
        return ref slots[index];
    }
}
