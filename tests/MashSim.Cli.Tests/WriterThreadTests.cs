using MashSim.Outputs;

namespace MashSim.Cli.Tests;

/// <summary>The writer's own thread gets every row, in order, holds a bounded number of them, and passes its failures back.</summary>
public class WriterThreadTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(WriterThread<int>.ChunkSize)]
    [InlineData(WriterThread<int>.ChunkSize * WriterThread<int>.Chunks * 5 + 17)]
    public void Every_row_reaches_the_writer_once_and_in_order(int rows)
    {
        var written = new List<int>();
        int callingThread = Environment.CurrentManagedThreadId, writingThread = -1;
        using (var writer = new WriterThread<int>("test", chunk =>
               {
                   writingThread = Environment.CurrentManagedThreadId;
                   foreach (int row in chunk) written.Add(row);
               }))
        {
            for (int i = 0; i < rows; i++) writer.Add(i);
        }
        Assert.Equal(Enumerable.Range(0, rows), written);
        if (rows > 0) Assert.NotEqual(callingThread, writingThread);
    }

    [Fact]
    public async Task A_writer_that_falls_behind_holds_the_rows_back_rather_than_memory_growing()
    {
        using var gate = new ManualResetEventSlim(false);
        int added = 0, written = 0;
        var writer = new WriterThread<int>("test", chunk =>
        {
            gate.Wait();
            written += chunk.Length;
        });
        var adding = Task.Run(() =>
        {
            for (int i = 0; i < WriterThread<int>.ChunkSize * WriterThread<int>.Chunks * 20; i++)
            {
                writer.Add(i);
                Volatile.Write(ref added, i + 1);
            }
        });
        // Unbounded, the rows would all be added in well under this; bounded, the adder waits for a free chunk.
        Assert.NotSame(adding, await Task.WhenAny(adding, Task.Delay(TimeSpan.FromSeconds(1))));
        Assert.InRange(Volatile.Read(ref added), WriterThread<int>.ChunkSize * (WriterThread<int>.Chunks - 1), WriterThread<int>.ChunkSize * WriterThread<int>.Chunks);
        gate.Set();
        await adding;
        writer.Dispose();
        Assert.Equal(WriterThread<int>.ChunkSize * WriterThread<int>.Chunks * 20, written);
    }

    [Fact]
    public void A_failure_on_the_writers_thread_is_thrown_on_the_adders_at_its_next_hand_off_and_then_no_more()
    {
        int chunksWritten = 0;
        var writer = new WriterThread<int>("test", _ =>
        {
            if (++chunksWritten == 2) throw new IOException("No space left on device");
        });
        var thrown = Assert.Throws<IOException>(() =>
        {
            for (int i = 0; i < WriterThread<int>.ChunkSize * WriterThread<int>.Chunks * 50; i++) writer.Add(i);
        });
        Assert.Equal("No space left on device", thrown.Message);
        writer.Dispose(); // already reported: not thrown twice
        Assert.Equal(2, chunksWritten);
    }

    [Fact]
    public void A_failure_in_the_last_rows_is_thrown_by_dispose()
    {
        var writer = new WriterThread<int>("test", _ => throw new IOException("disk full"));
        writer.Add(1);
        Assert.Equal("disk full", Assert.Throws<IOException>(writer.Dispose).Message);
    }
}
