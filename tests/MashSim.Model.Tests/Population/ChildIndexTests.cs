using MashSim.Kernel;
using MashSim.Model.Population;

namespace MashSim.Model.Tests.Population;

/// <summary>Finding children by id in the id-indexed arrays: new, on a plan at the start, and known before the run.</summary>
public class ChildIndexTests
{
    [Fact]
    public void Children_of_every_id_run_are_found_counted_and_forgotten_as_a_dictionary_would()
    {
        var index = new ChildIndex();
        var reference = new Dictionary<int, Child>();
        var random = new System.Random(3);
        int[] starts = [0, -1, ChildPopulation.FirstPreRunId];
        int[] steps = [1, -1, -1];
        for (int i = 0; i < 20_000; i++)
        {
            int run = random.Next(3);
            int id = starts[run] + steps[run] * random.Next(5_000);
            if (random.Next(4) == 0)
            {
                index.Remove(id);
                reference.Remove(id);
            }
            else
            {
                var child = new Child(id, SimTime.Zero);
                index.Add(child);
                reference[id] = child;
            }
        }
        Assert.Equal(reference.Count, index.Count);
        Assert.Equal(reference.Values.OrderBy(c => c.ChildId), index.All().OrderBy(c => c.ChildId));
        foreach (int id in new[] { 0, 4_999, 5_000, -1, -5_000, -5_001, ChildPopulation.FirstPreRunId, ChildPopulation.FirstPreRunId - 4_999, int.MaxValue, int.MinValue })
            Assert.Same(reference.GetValueOrDefault(id), index.Find(id));
    }
}
