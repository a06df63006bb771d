using MashSim.Kernel.Resources;

namespace MashSim.Kernel.Tests.Resources;

public class PriorityFifoTests
{
    [Fact]
    public void Items_come_out_lowest_priority_first_and_in_arrival_order_within_a_priority()
    {
        var queue = new PriorityFifo<string>();
        var random = new System.Random(3);
        var expected = new List<(int Priority, int Order, string Item)>();
        for (int i = 0; i < 500; i++)
        {
            int priority = random.Next(-2, 5);
            string item = $"p{priority}-{i}";
            queue.Enqueue(item, priority);
            expected.Add((priority, i, item));
        }
        var drained = new List<string>();
        while (queue.TryDequeue(out var item)) drained.Add(item);
        Assert.Equal(expected.OrderBy(e => e.Priority).ThenBy(e => e.Order).Select(e => e.Item), drained);
        Assert.Equal(0, queue.Count);
    }
}
