using System.Globalization;
using MashSim.Outputs.EventLog;
using MashSim.Outputs.Traces;

namespace MashSim.Cli.Tests;

/// <summary>The event log reader reads times digit by digit; what it accepts, and the times it reads, are the strict parser's.</summary>
public class EventLogReaderTests
{
    private static string Log(TempFolder temp, params string[] times)
    {
        string path = Path.Combine(temp.Path, "events.csv");
        var lines = new List<string> { string.Join(',', EventLogFile.Columns) };
        lines.AddRange(times.Select((t, i) => $"child-{i},\"screening, again\",{t},{t},{t},social worker,3,,12,Red,Red,Police,True,0"));
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n");
        return path;
    }

    [Theory]
    [InlineData("2017-04-03T09:42:00")]
    [InlineData("2016-02-29T23:59:59")]
    [InlineData("0001-01-01T00:00:00")]
    [InlineData("9999-12-31T23:59:59")]
    [InlineData("\"2017-04-03T09:42:07\"")]
    public void Reads_the_time_the_strict_parser_reads(string written)
    {
        using var temp = new TempFolder();
        var row = Assert.Single(EventLogReader.Rows(Log(temp, written)));
        var expected = DateTime.ParseExact(written.Trim('"'), "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None);
        Assert.Equal((expected, expected, expected, expected.Kind), (row.Queued, row.Start, row.End, row.End.Kind));
        Assert.Equal(("child-0", "screening, again", "3", "", "12", true, 0), (row.Case, row.Activity, row.Worker, row.Contact, row.Episode, row.Measured, row.Replication));
    }

    [Theory]
    [InlineData("2017-02-29T00:00:00")]
    [InlineData("2017-13-01T00:00:00")]
    [InlineData("2017-04-03T24:00:00")]
    [InlineData("2017-04-03T09:60:00")]
    [InlineData("2017-04-03T09:42:60")]
    [InlineData("0000-01-01T00:00:00")]
    [InlineData("2017-04-03 09:42:00")]
    [InlineData("2017-04-03T09:42")]
    [InlineData("2017-04-03T9:42:00")]
    [InlineData(" 2017-04-03T09:42:00")]
    [InlineData("2017-04-03T09:42:00Z")]
    [InlineData("2017-04-03T09:4x:00")]
    public void Refuses_what_the_strict_parser_refuses_naming_the_line(string written)
    {
        Assert.False(DateTime.TryParseExact(written, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        using var temp = new TempFolder();
        var error = Assert.Throws<InvalidDataException>(() => EventLogReader.Rows(Log(temp, "2017-04-03T09:42:00", written)).ToArray());
        Assert.EndsWith($"events.csv:3: queued: '{written}' is not a time like 2017-04-03T09:42:00.", error.Message);
    }

    [Fact]
    public void Reading_some_cases_gives_exactly_their_rows_of_a_full_read()
    {
        using var temp = new TempFolder();
        string path = Log(temp, "2017-04-03T09:42:00", "2017-04-03T09:43:00", "2017-04-03T09:44:00", "2017-04-03T09:45:00");
        var all = EventLogReader.Rows(path).ToArray();
        var some = EventLogReader.Rows(path, ["child-1", "child-3", "child-99", new string('x', 100)]).ToArray();
        Assert.Equal(all.Where(r => r.Case is "child-1" or "child-3"), some);
        Assert.Equal([3L, 5L], some.Select(r => r.Line));
    }

    [Fact]
    public void A_lean_read_gives_what_choosing_reads_exactly_as_a_full_read_and_nothing_else()
    {
        using var temp = new TempFolder();
        string path = Log(temp, "2017-04-03T09:42:00", "2017-04-03T09:43:00", "2018-01-01T00:00:00");
        // Start differs from end here, so a lean read's start (the end) is told apart from the real one.
        File.WriteAllText(path, File.ReadAllText(path).Replace("2017-04-03T09:42:00,2017-04-03T09:42:00,", "2017-04-03T09:42:00,2017-04-03T09:40:00,"));
        var full = EventLogReader.Rows(path).ToArray();
        var lean = EventLogReader.Rows(path, lean: true).ToArray();
        Assert.Equal(full.Select(r => (r.Case, r.Activity, r.Queued, r.End, r.Contact, r.Episode, r.Measured, r.Replication, r.Line)),
            lean.Select(r => (r.Case, r.Activity, r.Queued, r.End, r.Contact, r.Episode, r.Measured, r.Replication, r.Line)));
        Assert.All(lean, r => Assert.Equal(("", "", "", "", "", r.End), (r.Resource, r.Worker, r.Detail, r.Rag, r.Source, r.Start)));
        Assert.Equal("screening, again", lean[0].Activity);
        Assert.Same(lean[0].Activity, lean[2].Activity);
        Assert.NotEqual(full[0].Start, lean[0].Start);
    }
}
