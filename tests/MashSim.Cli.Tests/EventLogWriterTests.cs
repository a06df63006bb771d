using System.Globalization;
using CsvHelper;
using MashSim.Kernel;
using MashSim.Model.Contacts;
using MashSim.Model.Recording.Events;
using MashSim.Outputs.EventLog;

namespace MashSim.Cli.Tests;

/// <summary>The event log writer, which formats its own fields into UTF-8, writes the bytes of the plain writer it replaced, header first.</summary>
public class EventLogWriterTests
{
    private static readonly DateTime Epoch = new(2017, 4, 3);

    /// <summary>
    /// The writer as it was: every field formatted as a string and given to CsvHelper through a StreamWriter, so
    /// CsvHelper's own rules quote the awkward values. The new writer must produce exactly these bytes.
    /// </summary>
    private static void WriteAsStrings(string path, IEnumerable<ActivityRecord> records, int replication)
    {
        using var csv = CsvWriter.Create(new StreamWriter(path), new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: false);
        foreach (var column in EventLogFile.Columns) csv.WriteField(column);
        csv.EndRecord();
        foreach (var r in records)
        {
            csv.WriteField($"child-{r.ChildId}");
            csv.WriteField(r.Activity);
            csv.WriteField(EventLogFile.Time(Epoch, r.QueuedAt));
            csv.WriteField(EventLogFile.Time(Epoch, r.StartedAt));
            csv.WriteField(EventLogFile.Time(Epoch, r.EndedAt));
            csv.WriteField(r.Resource);
            csv.WriteField(r.WorkerId?.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(r.ContactId?.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(r.CaseId?.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(r.Detail);
            csv.WriteField(r.Rag.ToString());
            csv.WriteField(r.Source?.ToString() ?? "");
            csv.WriteField(r.Measured ? "True" : "False");
            csv.WriteField(replication.ToString(CultureInfo.InvariantCulture));
            csv.EndRecord();
        }
    }

    private static byte[] WriteWithTheWriter(string path, IEnumerable<ActivityRecord> records, int replication)
    {
        using (var writer = new EventLogFile.Writer(path, Epoch, replication))
        {
            foreach (var r in records) writer.OnActivity(r);
        }
        return File.ReadAllBytes(path);
    }

    private static readonly string[] AwkwardText =
    [
        "", "screening", "check: police", "a, b", "say \"no\"", "\"", ",", "two\nlines", "cr\rhere", "crlf\r\nend", " leading space",
        "trailing space ", "=SUM(A1)", "-1", "café ünïcødé", "emoji 👶", "tab\there",
    ];

    private static IEnumerable<ActivityRecord> Records(int count, int seed)
    {
        var random = new Random(seed);
        var rags = Enum.GetValues<RagRating>();
        var sources = Enum.GetValues<ContactSource>();
        string Text() => AwkwardText[random.Next(AwkwardText.Length)];
        int? Id() => random.Next(4) == 0 ? null : random.Next(0, int.MaxValue) >> random.Next(31);
        // Times from before the start (initial cases) to years in, with fractions of a minute and of a second, and exact day boundaries.
        SimTime Time() => random.Next(5) switch
        {
            0 => new SimTime(random.Next(-100_000, 3_000_000)),
            1 => new SimTime(1440.0 * random.Next(0, 2000)),
            2 => new SimTime(1440.0 * random.Next(1, 2000) - 1e-4),
            _ => new SimTime(random.NextDouble() * 2_000_000 - 50_000),
        };
        for (int i = 0; i < count; i++)
        {
            yield return new ActivityRecord(random.Next(0, 5_000_000), Id(), Id(), Text(), Text(), Time(), Time(), Time(), Text(), Id(),
                rags[random.Next(rags.Length)], random.Next(3) == 0 ? null : sources[random.Next(sources.Length)], random.Next(2) == 0);
        }
    }

    [Fact]
    public void Writes_the_bytes_the_string_writer_wrote_for_awkward_values()
    {
        using var temp = new TempFolder();
        var records = Records(20_000, seed: 12).ToArray();
        string expected = Path.Combine(temp.Path, "expected.csv");
        WriteAsStrings(expected, records, replication: 17);
        var actual = WriteWithTheWriter(Path.Combine(temp.Path, "actual.csv"), records, replication: 17);
        Assert.Equal(File.ReadAllBytes(expected), actual);
        // The awkward values really were quoted, so the comparison covered CsvHelper's quoting.
        Assert.Contains("\"say \"\"no\"\"\"", File.ReadAllText(expected));
    }

    [Theory]
    [InlineData(0.0, "2017-04-03T00:00:00")]
    [InlineData(59.99999, "2017-04-03T01:00:00")]
    [InlineData(1439.9999, "2017-04-04T00:00:00")]
    [InlineData(1439.99, "2017-04-03T23:59:59")]
    [InlineData(-0.5, "2017-04-02T23:59:30")]
    [InlineData(525600.0 * 3 + 61.25, "2020-04-02T01:01:15")]
    public void Times_are_written_as_the_local_date_and_time_to_the_second(double minutes, string expected)
    {
        Assert.Equal(expected, EventLogFile.Time(Epoch, new SimTime(minutes)));
        using var temp = new TempFolder();
        string path = Path.Combine(temp.Path, "one.csv");
        var record = new ActivityRecord(1, null, null, "a", "", new SimTime(minutes), new SimTime(minutes), new SimTime(minutes), "", null, RagRating.Red, null, true);
        var line = System.Text.Encoding.UTF8.GetString(WriteWithTheWriter(path, [record], 0));
        Assert.Equal($"{string.Join(',', EventLogFile.Columns)}\r\nchild-1,a,{expected},{expected},{expected},,,,,,Red,,True,0\r\n", line);
    }
}
